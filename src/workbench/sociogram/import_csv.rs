//! The CSV import of the sociogram (`atelier import --exercise A6 FILE.csv`): an edge list
//! with the header `source,target,type` (optional `weight` 1 to 3 and `mutual` yes/no), and
//! an optional actors file `id,label,department,level`. Every refusal names the file and the
//! line (1 = the header); nothing is returned unless the whole file is good.

use crate::workbench::sociogram::model::{GraphActor, GraphRelation, RelationType, Sociogram};

/// Reads `atelier import --exercise A6 FILE [--actors ACTORS]`: the edge list already read
/// as `text`, the actors file read here; an actor the case knows keeps the case's details.
/// Errors name the file at fault and the line.
pub fn import_file(
    org: &crate::case::Organisation,
    file: &std::path::Path,
    text: &str,
    actors: Option<&std::path::Path>,
) -> Result<Sociogram, crate::cli::CliError> {
    let name = |p: &std::path::Path| {
        p.file_name().map_or_else(
            || p.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    };
    let actors_text = match actors {
        Some(path) => {
            Some(
                std::fs::read_to_string(path).map_err(|e| crate::cli::CliError::Import {
                    file: path.display().to_string(),
                    message: e.to_string(),
                })?,
            )
        }
        None => None,
    };
    let known = Sociogram::from_case(org).actors;
    let actors_name = actors.map(name).unwrap_or_default();
    import_csv(
        &name(file),
        text,
        actors_text.as_deref().map(|t| (actors_name.as_str(), t)),
        &known,
    )
    .map_err(|e| {
        let path = match actors {
            Some(path) if e.file == actors_name && e.file != name(file) => path,
            _ => file,
        };
        crate::cli::CliError::Import {
            file: path.display().to_string(),
            message: format!("line {}: {}", e.line, e.message),
        }
    })
}

/// Replaces the answer's sociogram with an imported one; the diagnosis steps already done
/// stay (the import brings actors and relations only), and so does the SIC grid.
pub fn replace_sociogram(answer: &mut crate::workspace::Answer, mut graph: Sociogram) {
    if let Some(old) = &answer.graph {
        graph.steps_done = old.steps_done.clone();
    }
    answer.graph = Some(graph);
}

/// Why an import was refused: the file, the line (1 = header) and what is wrong.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{file}, line {line}: {message}")]
pub struct ImportError {
    pub file: String,
    pub line: u64,
    pub message: String,
}

const EDGE_COLUMNS: [&str; 5] = ["source", "target", "type", "weight", "mutual"];
const ACTOR_COLUMNS: [&str; 4] = ["id", "label", "department", "level"];

/// A table read with its header checked: the column of each known name, the records with
/// their line numbers.
struct Table {
    columns: Vec<Option<usize>>,
    rows: Vec<(u64, Vec<String>)>,
}

fn read_table(
    file: &str,
    text: &str,
    known: &[&str],
    required: &[&str],
) -> Result<Table, ImportError> {
    let err = |line: u64, message: String| ImportError {
        file: file.to_string(),
        line,
        message,
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let header = reader
        .headers()
        .map_err(|e| err(1, format!("unreadable header: {e}")))?
        .clone();
    if header.iter().all(str::is_empty) {
        return Err(err(
            1,
            format!("empty file: expected a header {}", known.join(",")),
        ));
    }
    let mut columns = vec![None; known.len()];
    for (at, name) in header.iter().enumerate() {
        let name = name.to_ascii_lowercase();
        match known.iter().position(|k| *k == name) {
            Some(k) if columns[k].is_some() => {
                return Err(err(1, format!("column \"{name}\" appears twice")))
            }
            Some(k) => columns[k] = Some(at),
            None => {
                return Err(err(
                    1,
                    format!("unknown column \"{name}\" (expected {})", known.join(", ")),
                ))
            }
        }
    }
    for name in required {
        let k = known.iter().position(|x| x == name).unwrap_or(0);
        if columns[k].is_none() {
            return Err(err(1, format!("missing column \"{name}\"")));
        }
    }
    let mut rows = Vec::new();
    let lines = record_lines(text);
    for (index, record) in reader.records().enumerate() {
        let line = lines.get(index + 1).copied().unwrap_or(0);
        let record = record.map_err(|e| err(line, format!("unreadable line: {e}")))?;
        if record.len() > header.len() {
            return Err(err(
                line,
                format!(
                    "{} fields, the header has {} columns",
                    record.len(),
                    header.len()
                ),
            ));
        }
        rows.push((line, record.iter().map(str::to_string).collect()));
    }
    Ok(Table { columns, rows })
}

/// The 1-based line where each record starts (header included), skipping blank lines as
/// the CSV reader does and keeping quoted line breaks inside their record. The reader's own
/// positions do not count the blank lines it skips.
fn record_lines(text: &str) -> Vec<u64> {
    let mut lines = Vec::new();
    let mut line = 1u64;
    let mut in_quotes = false;
    let mut at_start = true;
    for c in text.chars() {
        if at_start && c != '\n' && c != '\r' {
            lines.push(line);
            at_start = false;
        }
        match c {
            '"' => in_quotes = !in_quotes,
            '\n' => {
                line += 1;
                if !in_quotes {
                    at_start = true;
                }
            }
            _ => {}
        }
    }
    lines
}

impl Table {
    fn get<'a>(&self, row: &'a [String], k: usize) -> Option<&'a str> {
        self.columns[k]
            .and_then(|at| row.get(at))
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }
}

/// Reads an edge list (and optionally an actors file) into a sociogram. Actors are created
/// from the names the edge list meets; an actor the case already knows (same id) keeps the
/// case's details; the actors file adds or overrides label, department and level.
pub fn import_csv(
    edges_name: &str,
    edges: &str,
    actors: Option<(&str, &str)>,
    known: &[GraphActor],
) -> Result<Sociogram, ImportError> {
    let table = read_table(
        edges_name,
        edges,
        &EDGE_COLUMNS,
        &["source", "target", "type"],
    )?;
    let mut graph = Sociogram::default();
    for (line, row) in &table.rows {
        let err = |message: String| ImportError {
            file: edges_name.to_string(),
            line: *line,
            message,
        };
        let field = |k: usize| {
            table
                .get(row, k)
                .ok_or_else(|| err(format!("missing field \"{}\"", EDGE_COLUMNS[k])))
        };
        let source = field(0)?;
        let target = field(1)?;
        let kind = field(2)?;
        let relation_type = RelationType::parse(kind).ok_or_else(|| {
            err(format!(
                "unknown type \"{kind}\" (expected hierarchy, cooperation, conflict, affinity or influence)"
            ))
        })?;
        let intensity = match table.get(row, 3) {
            None => 1,
            Some(w) => match w.parse::<u8>() {
                Ok(n) if (1..=3).contains(&n) => n,
                _ => {
                    return Err(err(format!(
                        "weight \"{w}\" is not a whole number from 1 to 3"
                    )))
                }
            },
        };
        let mutual = match table.get(row, 4).map(str::to_ascii_lowercase).as_deref() {
            None | Some("no") => false,
            Some("yes") => true,
            Some(other) => return Err(err(format!("mutual \"{other}\" is neither yes nor no"))),
        };
        for name in [source, target] {
            if graph.index_of(name).is_none() {
                let actor = known
                    .iter()
                    .find(|a| a.id == name)
                    .cloned()
                    .unwrap_or_else(|| GraphActor {
                        id: name.to_string(),
                        label: name.to_string(),
                        ..GraphActor::default()
                    });
                graph.actors.push(GraphActor {
                    pinned: None,
                    ..actor
                });
            }
        }
        graph.relations.push(GraphRelation {
            source: source.to_string(),
            target: target.to_string(),
            relation_type,
            intensity,
            mutual,
            description: String::new(),
        });
    }
    if let Some((actors_name, actors_text)) = actors {
        let table = read_table(actors_name, actors_text, &ACTOR_COLUMNS, &["id"])?;
        for (line, row) in &table.rows {
            let err = |message: String| ImportError {
                file: actors_name.to_string(),
                line: *line,
                message,
            };
            let id = table
                .get(row, 0)
                .ok_or_else(|| err("missing field \"id\"".into()))?;
            let level = match table.get(row, 3) {
                None => None,
                Some(l) => Some(
                    l.parse::<u8>()
                        .map_err(|_| err(format!("level \"{l}\" is not a whole number")))?,
                ),
            };
            let at = match graph.index_of(id) {
                Some(at) => at,
                None => {
                    graph.actors.push(GraphActor {
                        id: id.to_string(),
                        label: id.to_string(),
                        ..GraphActor::default()
                    });
                    graph.actors.len() - 1
                }
            };
            let actor = &mut graph.actors[at];
            if let Some(label) = table.get(row, 1) {
                actor.label = label.to_string();
            }
            if let Some(department) = table.get(row, 2) {
                actor.department = department.to_string();
            }
            if let Some(level) = level {
                actor.level = level;
            }
        }
    }
    Ok(graph)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case_graph() -> Sociogram {
        Sociogram::from_case(&crate::case::Case::embedded_default().organisation)
    }

    #[test]
    fn import_creates_actors_and_keeps_known_details() {
        let known = case_graph().actors;
        let text = "source,target,type\nh_rambaud,nouvelle,cooperation\n";
        let graph = import_csv("e.csv", text, None, &known).unwrap();
        assert_eq!(graph.actors.len(), 2);
        assert_eq!(graph.actors[0].label, "Hélène Rambaud");
        assert_eq!(graph.actors[1].label, "nouvelle");
        assert_eq!(graph.relations[0].intensity, 1);
        assert!(!graph.relations[0].mutual);
    }

    fn error(text: &str) -> String {
        import_csv("e.csv", text, None, &[])
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn import_errors_name_the_line() {
        assert_eq!(
            error("source,target,type,colour\na,b,conflict,red\n"),
            "e.csv, line 1: unknown column \"colour\" (expected source, target, type, weight, mutual)"
        );
        assert_eq!(
            error("source,target,type\na,b,conflict\na,,cooperation\n"),
            "e.csv, line 3: missing field \"target\""
        );
        assert_eq!(
            error("source,target,type\na,b,conflict\nb,c\n"),
            "e.csv, line 3: missing field \"type\""
        );
        assert_eq!(
            error("source,target,type\na,b,conflict\n\nb,c,friendship\n"),
            "e.csv, line 4: unknown type \"friendship\" (expected hierarchy, cooperation, conflict, affinity or influence)"
        );
        assert_eq!(
            error("source,type\na,conflict\n"),
            "e.csv, line 1: missing column \"target\""
        );
        assert_eq!(
            error("source,target,type,weight\na,b,conflict,9\n"),
            "e.csv, line 2: weight \"9\" is not a whole number from 1 to 3"
        );
        assert_eq!(
            error("source,target,type,mutual\na,b,conflict,maybe\n"),
            "e.csv, line 2: mutual \"maybe\" is neither yes nor no"
        );
        assert!(error("").contains("line 1"));
        let actors_err = import_csv(
            "e.csv",
            "source,target,type\na,b,conflict\n",
            Some(("a.csv", "id,label,age\na,A,3\n")),
            &[],
        )
        .unwrap_err();
        assert_eq!(actors_err.file, "a.csv");
        assert_eq!(actors_err.line, 1);
    }

    #[test]
    fn import_reads_weight_mutual_and_a_byte_order_mark() {
        let text = "\u{feff}Source,Target,Type,Weight,Mutual\n\"Dupont, Jean\",b,Affinity,3,YES\n";
        let graph = import_csv("e.csv", text, None, &[]).unwrap();
        assert_eq!(graph.actors[0].id, "Dupont, Jean");
        assert_eq!(graph.relations[0].relation_type, RelationType::Affinity);
        assert_eq!(graph.relations[0].intensity, 3);
        assert!(graph.relations[0].mutual);
    }
}
