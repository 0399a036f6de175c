use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

pub fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases")
}

pub fn read_case(relative_path: &str) -> String {
    let path = cases_dir().join(relative_path);
    fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// Returns the files of a case folder whose names end with `suffix`, sorted by name.
pub fn case_files(folder: &str, suffix: &str) -> Vec<PathBuf> {
    let folder = cases_dir().join(folder);
    let mut files: Vec<PathBuf> = fs::read_dir(&folder)
        .unwrap_or_else(|error| panic!("{}: {error}", folder.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.to_string_lossy().ends_with(suffix))
        .collect();
    files.sort();

    assert!(
        !files.is_empty(),
        "no {suffix} files in {}",
        folder.display()
    );
    files
}

/// Reads a tab-separated file with a header line into one map per row, keyed by column.
pub fn read_tsv(relative_path: &str) -> Vec<HashMap<String, String>> {
    let text = read_case(relative_path);
    let mut lines = text.lines().filter(|line| !line.trim().is_empty());
    let header: Vec<&str> = lines.next().expect("a header line").split('\t').collect();

    lines
        .map(|line| {
            let cells = line.split('\t').map(str::to_owned);
            header
                .iter()
                .map(|name| (*name).to_owned())
                .zip(cells)
                .collect()
        })
        .collect()
}

pub use app::domain::registration::rfc7591::infer_kind;

/// Panics listing every failure, so one bad row does not hide the others.
pub fn assert_no_failures(failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{} failing case(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}
