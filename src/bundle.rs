//! Bundles: the zip a candidate hands in (manifest with SHA-256 of every file, workspace,
//! reports, exports) and its verification. (Being written: see the helper's work.)

use crate::i18n::Lang;
use crate::store::OpenWorkspace;
use serde::{Deserialize, Serialize};
use std::path::Path;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ManifestFile {
    pub path: String,
    pub size: u64,
    pub sha256: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Manifest {
    pub format: u32,
    pub app_version: String,
    pub candidate: String,
    pub case_id: String,
    pub case_digest: String,
    pub created: String,
    pub files: Vec<ManifestFile>,
}

#[derive(Debug, thiserror::Error)]
pub enum BundleError {
    #[error("{0}")]
    Invalid(String),
}

pub fn write_bundle(
    _ws: &OpenWorkspace,
    _output: &Path,
    _lang: Lang,
) -> Result<usize, BundleError> {
    Err(BundleError::Invalid("bundles are not written yet".into()))
}

pub fn verify(_file: &Path) -> Result<Manifest, BundleError> {
    Err(BundleError::Invalid("bundles are not verified yet".into()))
}
