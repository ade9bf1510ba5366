//! The terminal shell. (Being written.)
pub mod theme;

use crate::i18n::Lang;
use crate::store::OpenWorkspace;

pub fn run(_ws: OpenWorkspace, _lang: Lang, _theme: theme::ThemeName) -> std::io::Result<()> {
    Ok(())
}
