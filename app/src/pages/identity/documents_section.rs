use leptos::prelude::*;

use super::part_status::DocumentLink;
use crate::domain::document_format::ACCEPTED_FORMATS;
use crate::domain::identity::DocumentKind;
use crate::domain::upload_problem::{describe_size, UploadProblem};
use crate::models::identity::ProfileView;
use crate::pages::accounts::query_param;

/// Renders the owner's documents by kind, each with its upload form, and the replaced ones
/// kept for the record. Uploads are plain multipart forms, so they work the same with or
/// without JavaScript.
#[component]
pub fn DocumentsSection(profile: ProfileView, max_document_bytes: u64) -> impl IntoView {
    let upload_error = query_param("document_error");
    let uploaded = query_param("uploaded");
    let limit = format!(
        "{ACCEPTED_FORMATS}, at most {}",
        describe_size(max_document_bytes)
    );
    let replaced: Vec<_> = profile
        .documents
        .iter()
        .filter(|document| document.replaced_at.is_some())
        .cloned()
        .collect();

    view! {
        <section id="documents" aria-labelledby="documents-heading">
            <h2 id="documents-heading">"Documents"</h2>
            {move || upload_error.get().and_then(|code| UploadProblem::parse(&code)).map(|problem| view! {
                <div class="notice notice--error" role="alert">
                    "The upload was rejected: " {problem.message(max_document_bytes)}
                </div>
            })}
            {move || uploaded.get().and_then(|kind| DocumentKind::parse(&kind)).map(|kind| view! {
                <div class="notice notice--success" role="status">{kind.label()} " uploaded. It is pending review."</div>
            })}
            {profile
                .pathway
                .document_kinds()
                .iter()
                .map(|kind| {
                    let current: Vec<_> = profile.current_documents(*kind).cloned().collect();
                    view! { <DocumentKindBlock kind=*kind current limit=limit.clone() /> }
                })
                .collect_view()}
            {(!replaced.is_empty()).then(|| view! {
                <h3>"Replaced documents"</h3>
                <p class="muted">"Kept for the audit trail; reviewers decide on current documents only."</p>
                <ul class="documents">
                    {replaced.into_iter().map(|document| view! { <li><DocumentLink document /></li> }).collect_view()}
                </ul>
            })}
        </section>
    }
}

#[component]
fn DocumentKindBlock(
    kind: DocumentKind,
    current: Vec<crate::models::identity::DocumentView>,
    limit: String,
) -> impl IntoView {
    let description = match kind {
        DocumentKind::Supporting => "An IRS EIN assignment letter (CP 575 or 147C), a state registration certificate or an equivalent record.",
        DocumentKind::GovernmentId => "A scan or photo of the ID described above, showing your name and its expiry date.",
        DocumentKind::ProofOfAddress => "A utility bill, bank statement or lease from the last 90 days showing your name and the address above.",
    };
    let single = kind.single();

    view! {
        <h3>{kind.label()}</h3>
        <p>{description}</p>
        {match current.is_empty() {
            true => view! { <p class="empty-state">"None uploaded yet."</p> }.into_any(),
            false => view! {
                <ul class="documents">
                    {current.into_iter().map(|document| {
                        let replaces = document.id.clone();
                        view! {
                            <li>
                                <DocumentLink document />
                                {(!single).then(|| view! { <UploadForm kind replaces=Some(replaces) limit=String::new() /> })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any(),
        }}
        <UploadForm kind replaces=None limit />
    }
}

/// Renders one multipart form with `kind`, then `replaces`, then the file, the order the
/// upload route reads them in.
#[component]
fn UploadForm(kind: DocumentKind, replaces: Option<String>, limit: String) -> impl IntoView {
    let id = match &replaces {
        Some(document) => format!("replace-{document}"),
        None => format!("upload-{}", kind.as_str()),
    };
    let label = match (&replaces, kind.single()) {
        (Some(_), _) => "Replace this document with".to_owned(),
        (None, true) => format!(
            "Upload your {} ({limit}); a new file replaces the current one",
            kind.label().to_lowercase()
        ),
        (None, false) => format!("Add a {} ({limit})", kind.label().to_lowercase()),
    };
    let button = if replaces.is_some() {
        "Replace"
    } else {
        "Upload"
    };

    view! {
        <form method="post" action="/developer/documents" enctype="multipart/form-data" class="upload-form">
            <input type="hidden" name="kind" value=kind.as_str() />
            {replaces.map(|document| view! { <input type="hidden" name="replaces" value=document /> })}
            <label for=id.clone()>{label}</label>
            <input type="file" id=id name="file" accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg" required />
            <button type="submit" class="button button--secondary">{button}</button>
        </form>
    }
}
