//! The CSV import of the sociogram (`atelier import --exercise A6 FILE.csv`): an edge list
//! with the header `source,target,type` (optional `weight` 1 to 3 and `mutual` yes/no), and
//! an optional actors file `id,label,department,level` which, when given, lists the actors
//! beside the case's (an edge naming another id is refused). Files are read as spreadsheets write them (`;`, BOM,
//! CRLF, Windows-1252: see `workbench::csv_input`). Every refusal names the file and the line
//! (1 = the header); nothing is returned unless the whole file is good.

use crate::workbench::csv_input;
use crate::workbench::sociogram::model::{GraphActor, GraphRelation, RelationType, Sociogram};

/// Imports `atelier import --exercise A6 FILE [--actors ACTORS]` from the files' text (the
/// caller reads them): the edge list `text` read from `file`, and the actors file's path and
/// text when given; an actor the case knows keeps the case's details. A refusal names the
/// file at fault and the line.
pub fn import_file(
    org: &crate::case::Organisation,
    file: &std::path::Path,
    text: &str,
    actors: Option<(&std::path::Path, &str)>,
) -> Result<Sociogram, FileImportError> {
    let name = |p: &std::path::Path| {
        p.file_name().map_or_else(
            || p.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    };
    let known = Sociogram::from_case(org).actors;
    let actors_name = actors.map(|(path, _)| name(path)).unwrap_or_default();
    import_csv(
        &name(file),
        text,
        actors.map(|(_, text)| (actors_name.as_str(), text)),
        &known,
    )
    .map_err(|error| {
        let path = match actors {
            Some((path, _)) if error.file == actors_name && error.file != name(file) => path,
            _ => file,
        };
        FileImportError {
            path: path.to_path_buf(),
            error,
        }
    })
}

/// An import refused by [`import_file`]: the path of the file at fault (the edge list or
/// the actors file) and why.
#[derive(Debug, Clone, PartialEq)]
pub struct FileImportError {
    pub path: std::path::PathBuf,
    pub error: ImportError,
}

impl FileImportError {
    /// The refusal in the user's language, without the file: `ligne 3 : ...`.
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        match lang {
            crate::i18n::Lang::Fr => format!(
                "ligne {} : {}",
                self.error.line,
                crate::workbench::sociogram::text::import_problem(lang, &self.error.problem)
            ),
            crate::i18n::Lang::En => format!("line {}: {}", self.error.line, self.error.problem),
        }
    }
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
#[error("{file}, line {line}: {problem}")]
pub struct ImportError {
    pub file: String,
    pub line: u64,
    pub problem: Problem,
}

/// What is wrong in an imported file (English here; `sociogram::text::import_problem` says it
/// in French).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Problem {
    #[error("unreadable header: {0}")]
    UnreadableHeader(String),
    #[error("empty file: expected a header {0}")]
    EmptyFile(String),
    #[error("column \"{0}\" appears twice")]
    DuplicateColumn(String),
    #[error("unknown column \"{name}\" (expected {expected}, separated by {separator})")]
    UnknownColumn {
        name: String,
        expected: String,
        separator: &'static str,
    },
    #[error("missing column \"{0}\"")]
    MissingColumn(String),
    #[error("unreadable line: {0}")]
    UnreadableLine(String),
    #[error("{found} fields, the header has {columns} columns")]
    TooManyFields { found: usize, columns: usize },
    #[error("missing field \"{0}\"")]
    MissingField(String),
    #[error(
        "unknown type \"{0}\" (expected hierarchy, cooperation, conflict, affinity or influence)"
    )]
    UnknownType(String),
    #[error("weight \"{0}\" is not a whole number from 1 to 3")]
    BadWeight(String),
    #[error("mutual \"{0}\" is neither yes nor no")]
    BadMutual(String),
    #[error(
        "\"{name}\" is neither an id of the actors file {actors_file} nor an actor of the case"
    )]
    UnknownActor { name: String, actors_file: String },
    #[error("level \"{0}\" is not a whole number")]
    BadLevel(String),
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
    let err = |line: u64, problem: Problem| ImportError {
        file: file.to_string(),
        line,
        problem,
    };
    let prepared = csv_input::prepare(text);
    let text: &str = &prepared.text;
    let mut reader = prepared
        .builder()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(prepared.bytes());
    let header = reader
        .headers()
        .map_err(|e| err(1, Problem::UnreadableHeader(e.to_string())))?
        .clone();
    if header.iter().all(str::is_empty) {
        return Err(err(1, Problem::EmptyFile(known.join(","))));
    }
    let separator = csv_input::delimiter_name(prepared.delimiter);
    let mut columns = vec![None; known.len()];
    for (at, name) in header.iter().enumerate() {
        let name = name.to_ascii_lowercase();
        match known.iter().position(|k| *k == name) {
            Some(k) if columns[k].is_some() => return Err(err(1, Problem::DuplicateColumn(name))),
            Some(k) => columns[k] = Some(at),
            None => {
                return Err(err(
                    1,
                    Problem::UnknownColumn {
                        name,
                        expected: known.join(", "),
                        separator,
                    },
                ))
            }
        }
    }
    for name in required {
        let k = known.iter().position(|x| x == name).unwrap_or(0);
        if columns[k].is_none() {
            return Err(err(1, Problem::MissingColumn(name.to_string())));
        }
    }
    let mut rows = Vec::new();
    let mut lines = csv_input::LineCounter::default();
    for record in reader.records() {
        let record = record.map_err(|e| {
            err(
                csv_input::error_line(&e, text, 0),
                Problem::UnreadableLine(e.to_string()),
            )
        })?;
        let line = record
            .position()
            .map_or(0, |p| lines.line_at(text, p.byte()));
        if record.len() > header.len() {
            return Err(err(
                line,
                Problem::TooManyFields {
                    found: record.len(),
                    columns: header.len(),
                },
            ));
        }
        rows.push((line, record.iter().map(str::to_string).collect()));
    }
    Ok(Table { columns, rows })
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
    // With an actors file, an edge may name only its ids and the case's actors.
    let actors_table = match actors {
        Some((actors_name, actors_text)) => Some((
            actors_name,
            read_table(actors_name, actors_text, &ACTOR_COLUMNS, &["id"])?,
        )),
        None => None,
    };
    let listed: Option<std::collections::HashSet<&str>> =
        actors_table.as_ref().map(|(_, table)| {
            table
                .rows
                .iter()
                .filter_map(|(_, row)| table.get(row, 0))
                .collect()
        });
    let mut graph = Sociogram::default();
    // Each actor's index, by id (a graph of thousands of actors is read in one pass).
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (line, row) in &table.rows {
        let err = |problem: Problem| ImportError {
            file: edges_name.to_string(),
            line: *line,
            problem,
        };
        let field = |k: usize| {
            table
                .get(row, k)
                .ok_or_else(|| err(Problem::MissingField(EDGE_COLUMNS[k].to_string())))
        };
        let source = field(0)?;
        let target = field(1)?;
        let kind = field(2)?;
        let relation_type =
            RelationType::parse(kind).ok_or_else(|| err(Problem::UnknownType(kind.to_string())))?;
        let intensity = match table.get(row, 3) {
            None => 1,
            Some(w) => match w.parse::<u8>() {
                Ok(n) if (1..=3).contains(&n) => n,
                _ => return Err(err(Problem::BadWeight(w.to_string()))),
            },
        };
        let mutual = match table.get(row, 4).map(str::to_ascii_lowercase).as_deref() {
            None | Some("no") => false,
            Some("yes") => true,
            Some(other) => return Err(err(Problem::BadMutual(other.to_string()))),
        };
        for name in [source, target] {
            if let (Some(listed), Some((actors_name, _))) = (&listed, &actors_table) {
                if !listed.contains(name) && !known.iter().any(|a| a.id == name) {
                    return Err(err(Problem::UnknownActor {
                        name: name.to_string(),
                        actors_file: actors_name.to_string(),
                    }));
                }
            }
            if !index.contains_key(name) {
                index.insert(name.to_string(), graph.actors.len());
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
    if let Some((actors_name, table)) = &actors_table {
        let actors_name = *actors_name;
        for (line, row) in &table.rows {
            let err = |problem: Problem| ImportError {
                file: actors_name.to_string(),
                line: *line,
                problem,
            };
            let id = table
                .get(row, 0)
                .ok_or_else(|| err(Problem::MissingField("id".into())))?;
            let level = match table.get(row, 3) {
                None => None,
                Some(l) => Some(
                    l.parse::<u8>()
                        .map_err(|_| err(Problem::BadLevel(l.to_string())))?,
                ),
            };
            let at = match index.get(id) {
                Some(&at) => at,
                None => {
                    index.insert(id.to_string(), graph.actors.len());
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
            "e.csv, line 1: unknown column \"colour\" (expected source, target, type, weight, mutual, separated by \",\")"
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

    fn fixture(name: &str) -> String {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/csv")
            .join(name);
        csv_input::decode(&std::fs::read(path).unwrap()).unwrap().0
    }

    #[test]
    fn a_french_excel_edge_list_and_actors_file_are_read() {
        let known = case_graph().actors;
        let graph = import_csv(
            "edges.csv",
            &fixture("edges_excel_fr_cp1252.csv"),
            Some(("actors.csv", &fixture("actors_excel_fr_cp1252.csv"))),
            &known,
        );
        // h_rambaud is not in the actors file but is an actor of the case.
        assert_eq!(graph.unwrap().actors[0].label, "Hélène Rambaud");
        // Without the case's actors, the same file is refused on line 2.
        let err = import_csv(
            "edges.csv",
            &fixture("edges_excel_fr_cp1252.csv"),
            Some(("actors.csv", &fixture("actors_excel_fr_cp1252.csv"))),
            &[],
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "edges.csv, line 2: \"h_rambaud\" is neither an id of the actors file actors.csv nor an actor of the case"
        );
        let graph = import_csv(
            "edges.csv",
            &fixture("edges_excel_fr_cp1252.csv"),
            None,
            &known,
        )
        .unwrap();
        let ids: Vec<&str> = graph.actors.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["h_rambaud", "élodie", "françois"]);
        assert_eq!(graph.relations[0].intensity, 2);
        assert!(graph.relations[0].mutual);
        let actors = format!(
            "{}h_rambaud;Hélène R.;;\r\n",
            fixture("actors_excel_fr_cp1252.csv")
        );
        let graph = import_csv(
            "edges.csv",
            &fixture("edges_excel_fr_cp1252.csv"),
            Some(("actors.csv", &actors)),
            &known,
        )
        .unwrap();
        assert_eq!(graph.actors[1].label, "Élodie Lefèvre");
        assert_eq!(graph.actors[2].department, "Systèmes d'information");
        assert_eq!(graph.actors[0].label, "Hélène R.");
    }

    #[test]
    fn an_unknown_id_with_an_actors_file_is_refused_with_its_crlf_line() {
        let err = import_csv(
            "e.csv",
            &fixture("edges_unknown_actor_crlf.csv"),
            Some(("a.csv", &fixture("actors_ab_crlf.csv"))),
            &[],
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "e.csv, line 3: \"zoé\" is neither an id of the actors file a.csv nor an actor of the case"
        );
        // CRLF and a blank line: the line named is the one a text editor shows.
        assert_eq!(
            error("source,target,type\r\na,b,conflict\r\n\r\nb,c,friendship\r\n"),
            error("source,target,type\na,b,conflict\n\nb,c,friendship\n")
        );
        assert!(
            error("source;target;type\r\na;b;conflict\r\n\r\nb;c;friendship\r\n")
                .starts_with("e.csv, line 4: unknown type")
        );
        assert_eq!(
            error("source|target|type\na|b|conflict\n"),
            "e.csv, line 1: unknown column \"source|target|type\" (expected source, target, type, weight, mutual, separated by \",\")"
        );
    }

    #[test]
    fn communities_do_not_depend_on_the_order_of_the_rows() {
        use crate::workbench::sociogram::metrics;
        let case = case_graph();
        let text = crate::workbench::sociogram::formats::edges_csv(&case);
        let mut lines: Vec<&str> = text.lines().collect();
        let header = lines.remove(0);
        let partition = |graph: &Sociogram| {
            let m = metrics::compute_ranked(graph.actors.len(), &graph.arcs(), &graph.rank());
            let mut groups: Vec<Vec<&str>> = vec![Vec::new(); graph.actors.len() + 1];
            for (i, actor) in graph.actors.iter().enumerate() {
                groups[m.community[i]].push(actor.id.as_str());
            }
            let mut groups: Vec<Vec<String>> = groups
                .into_iter()
                .filter(|g| !g.is_empty())
                .map(|mut g| {
                    g.sort_unstable();
                    g.into_iter().map(str::to_string).collect()
                })
                .collect();
            groups.sort();
            (groups, m.modularity)
        };
        let first = partition(&import_csv("e.csv", &text, None, &[]).unwrap());
        assert!(first.0.len() > 1);
        // A small deterministic generator (xorshift) for 50 Fisher-Yates shuffles.
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..50 {
            for i in (1..lines.len()).rev() {
                lines.swap(i, (next() % (i as u64 + 1)) as usize);
            }
            let shuffled = format!("{header}\n{}\n", lines.join("\n"));
            let graph = import_csv("e.csv", &shuffled, None, &[]).unwrap();
            assert_eq!(partition(&graph), first);
        }
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
