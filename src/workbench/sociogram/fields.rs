//! The actor picker of the A6 sociogram, and what its text fields edit (an actor's name or formal role, by index)
//! and its title.

use crate::i18n::Text;
use crate::workbench::screen::keymap::Mode;
use crate::workbench::sociogram::text::SociogramText;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SociogramField {
    /// An actor's name, by index in the sociogram.
    ActorLabel(usize),
    /// An actor's formal role.
    ActorRole(usize),
}

impl SociogramField {
    pub fn title(self) -> Text {
        Text::Sociogram(match self {
            SociogramField::ActorLabel(_) => SociogramText::EditActorName,
            SociogramField::ActorRole(_) => SociogramText::EditActorRole,
        })
    }
}

/// The sociogram's dialog: the actor a new relation goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SociogramOverlay {
    PickActor { selected: usize },
}

impl SociogramOverlay {
    pub fn mode(self) -> Mode {
        Mode::Picker
    }
}

/// A6's panels: the drawing with its table, and the diagnosis steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SociogramPanel {
    Sociogram,
    Steps,
}
