use leptos::prelude::*;

use crate::domain::identity::PartStatus;
use crate::models::identity::{DocumentView, HistoryEntry, PartView};

fn status_class(status: PartStatus) -> &'static str {
    match status {
        PartStatus::Missing => "badge badge--missing",
        PartStatus::Pending => "badge badge--pending",
        PartStatus::Verified => "badge badge--verified",
        PartStatus::Rejected => "badge badge--rejected",
    }
}

/// Renders a part's status as a labelled badge.
#[component]
pub fn StatusBadge(status: PartStatus) -> impl IntoView {
    view! { <span class=status_class(status)>{status.label()}</span> }
}

/// Renders each part of the profile with its status, the value it covers and a rejection's
/// reason.
#[component]
pub fn PartsTable(parts: Vec<PartView>) -> impl IntoView {
    view! {
        <table class="table">
            <caption>"Verification of each part"</caption>
            <thead>
                <tr>
                    <th scope="col">"Part"</th>
                    <th scope="col">"Status"</th>
                    <th scope="col">"Details"</th>
                </tr>
            </thead>
            <tbody>
                {parts
                    .into_iter()
                    .map(|part| {
                        view! {
                            <tr data-part=part.part.as_str()>
                                <th scope="row">{part.part.label()}</th>
                                <td>
                                    <StatusBadge status=part.status />
                                    {part.since.map(|since| view! { <span class="muted">" since " {since}</span> })}
                                </td>
                                <td>
                                    <span class="summary">{part.summary}</span>
                                    {part.reason.map(|reason| view! { <p class="reason">"Reviewer's reason: " {reason}</p> })}
                                </td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

/// Renders what was submitted and decided, newest first.
#[component]
pub fn HistoryList(history: Vec<HistoryEntry>) -> impl IntoView {
    if history.is_empty() {
        return view! { <p class="empty-state">"Nothing recorded yet."</p> }.into_any();
    }

    view! {
        <ol class="history">
            {history
                .into_iter()
                .map(|entry| {
                    let author = match entry.reviewer {
                        Some(reviewer) => format!("by {reviewer}"),
                        None => "after a change by the developer".to_owned(),
                    };
                    view! {
                        <li>
                            <strong>{entry.part.label()}</strong>" "
                            <StatusBadge status=entry.status />" "
                            <span class="muted">{entry.recorded_at}" " {author}</span>
                            <p class="summary">{entry.summary}</p>
                            {entry.reason.map(|reason| view! { <p class="reason">"Reason: " {reason}</p> })}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
    .into_any()
}

/// Renders a document's name as a download link, with its size and SHA-256.
#[component]
pub fn DocumentLink(document: DocumentView) -> impl IntoView {
    let href = format!("/developer/documents/{}", document.id);
    let size = match document.size_bytes {
        bytes if bytes < 1000 => format!("{bytes} bytes"),
        bytes if bytes < 1_000_000 => format!("{:.1} KB", bytes as f64 / 1000.0),
        bytes => format!("{:.1} MB", bytes as f64 / 1_000_000.0),
    };

    view! {
        <a href=href rel="external" download=document.file_name.clone()>{document.file_name.clone()}</a>
        <span class="muted">
            " · " {document.kind.label()} " · " {size} " · uploaded " {document.uploaded_at.clone()}
            {document.replaced_at.clone().map(|at| format!(" · replaced {at}"))}
        </span>
        <br />
        <code class="hash">"SHA-256 " {document.sha256.clone()}</code>
    }
}
