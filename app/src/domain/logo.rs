//! The rules for an app's logo: a PNG recognized by its signature and header, or an SVG
//! that parses as XML and can do nothing but draw. Browsers run an SVG's scripts and
//! fetch its references when it is opened on its own, so a logo with scripts, event
//! handlers, embedded HTML or references outside the file is rejected.

use std::fmt;

const PNG_SIGNATURE: &[u8; 8] = b"\x89PNG\r\n\x1a\n";
const SVG_NAMESPACE: &str = "http://www.w3.org/2000/svg";
const XHTML_NAMESPACE: &str = "http://www.w3.org/1999/xhtml";
/// Elements that run code or embed other documents.
const ACTIVE_ELEMENTS: [&str; 7] = [
    "script",
    "foreignObject",
    "iframe",
    "embed",
    "object",
    "handler",
    "listener",
];
/// Embedded images a logo may carry inline.
const INLINE_IMAGE_PREFIXES: [&str; 2] = ["data:image/png", "data:image/jpeg"];

/// A logo format the portal accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogoFormat {
    Png,
    Svg,
}

impl LogoFormat {
    pub fn content_type(self) -> &'static str {
        match self {
            LogoFormat::Png => "image/png",
            LogoFormat::Svg => "image/svg+xml",
        }
    }

    pub fn parse_content_type(value: &str) -> Option<LogoFormat> {
        [LogoFormat::Png, LogoFormat::Svg]
            .into_iter()
            .find(|format| format.content_type() == value)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LogoError {
    #[error("The file is empty; choose the logo to upload.")]
    Empty,
    #[error("The logo is larger than {} KB; upload a file of at most that size.", .max_bytes / 1024)]
    TooLarge { max_bytes: u64 },
    #[error("The logo is not a PNG or SVG file; upload a logo in one of those formats.")]
    UnsupportedFormat,
    #[error("The PNG file is damaged: {0}. Export the logo again.")]
    InvalidPng(&'static str),
    #[error("The SVG file is not well-formed XML: {0}. Export the logo again.")]
    InvalidSvg(String),
    #[error(
        "The SVG logo was rejected because it {0}. Export it as a plain drawing, or upload a PNG."
    )]
    UnsafeSvg(UnsafeSvg),
}

/// The reason an SVG logo is unsafe to serve.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnsafeSvg {
    NotSvgRoot,
    ActiveElement(String),
    HtmlElement(String),
    EventHandler(String),
    ExternalReference(String),
    ScriptUrl,
    AnimatedReference,
}

impl fmt::Display for UnsafeSvg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UnsafeSvg::NotSvgRoot => write!(
                f,
                "has no <svg> root element in the SVG namespace ({SVG_NAMESPACE})"
            ),
            UnsafeSvg::ActiveElement(name) => write!(f, "contains a <{name}> element"),
            UnsafeSvg::HtmlElement(name) => write!(f, "contains the HTML element <{name}>"),
            UnsafeSvg::EventHandler(name) => {
                write!(f, "contains the event handler attribute {name}")
            }
            UnsafeSvg::ExternalReference(target) => {
                write!(f, "refers to “{target}” outside the file")
            }
            UnsafeSvg::ScriptUrl => f.write_str("contains a javascript: URL"),
            UnsafeSvg::AnimatedReference => f.write_str("animates a link target"),
        }
    }
}

/// Checks an uploaded logo of at most `max_bytes` and returns its format.
pub fn check_logo(bytes: &[u8], max_bytes: u64) -> Result<LogoFormat, LogoError> {
    if bytes.is_empty() {
        return Err(LogoError::Empty);
    }
    if bytes.len() as u64 > max_bytes {
        return Err(LogoError::TooLarge { max_bytes });
    }

    if bytes.starts_with(PNG_SIGNATURE) {
        check_png(bytes)?;
        return Ok(LogoFormat::Png);
    }

    let text = std::str::from_utf8(bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes))
        .map_err(|_| LogoError::UnsupportedFormat)?;
    if !text.trim_start().starts_with('<') {
        return Err(LogoError::UnsupportedFormat);
    }
    check_svg(text)?;
    Ok(LogoFormat::Svg)
}

/// Checks that the first chunk is a complete image header (IHDR), which a PNG file must
/// start with, and that its width and height are not zero.
fn check_png(bytes: &[u8]) -> Result<(), LogoError> {
    let header = bytes
        .get(8..33)
        .ok_or(LogoError::InvalidPng("it ends early"))?;
    if &header[0..4] != b"\x00\x00\x00\x0d" || &header[4..8] != b"IHDR" {
        return Err(LogoError::InvalidPng(
            "its first chunk is not the image header",
        ));
    }

    let width = u32::from_be_bytes([header[8], header[9], header[10], header[11]]);
    let height = u32::from_be_bytes([header[12], header[13], header[14], header[15]]);
    if width == 0 || height == 0 {
        return Err(LogoError::InvalidPng("the image has no pixels"));
    }
    Ok(())
}

fn check_svg(text: &str) -> Result<(), LogoError> {
    // roxmltree rejects a DTD by default, so no entity can expand or point outside.
    let document = roxmltree::Document::parse(text)
        .map_err(|error| LogoError::InvalidSvg(error.to_string()))?;
    let unsafe_svg = |reason| Err(LogoError::UnsafeSvg(reason));

    let root = document.root_element();
    if root.tag_name().name() != "svg" || root.tag_name().namespace() != Some(SVG_NAMESPACE) {
        return unsafe_svg(UnsafeSvg::NotSvgRoot);
    }

    for node in document.descendants() {
        if let Some(pi) = node.pi() {
            if pi.target.eq_ignore_ascii_case("xml-stylesheet") {
                return unsafe_svg(UnsafeSvg::ExternalReference(
                    pi.value.unwrap_or_default().to_owned(),
                ));
            }
        }
        if !node.is_element() {
            continue;
        }

        let name = node.tag_name().name();
        if ACTIVE_ELEMENTS
            .iter()
            .any(|active| active.eq_ignore_ascii_case(name))
        {
            return unsafe_svg(UnsafeSvg::ActiveElement(name.to_owned()));
        }
        if node.tag_name().namespace() == Some(XHTML_NAMESPACE) {
            return unsafe_svg(UnsafeSvg::HtmlElement(name.to_owned()));
        }
        if name == "style" {
            let css: String = node
                .descendants()
                .filter_map(|child| child.text())
                .collect();
            check_css(&css)?;
        }
        check_attributes(node)?;
    }
    Ok(())
}

fn check_attributes(node: roxmltree::Node) -> Result<(), LogoError> {
    let is_animation = matches!(node.tag_name().name(), "animate" | "set");

    for attribute in node.attributes() {
        let name = attribute.name();
        let value = attribute.value();
        if name.len() > 2 && name[..2].eq_ignore_ascii_case("on") {
            return Err(LogoError::UnsafeSvg(UnsafeSvg::EventHandler(
                name.to_owned(),
            )));
        }
        let compact: String = value.chars().filter(|c| !c.is_whitespace()).collect();
        if compact.to_ascii_lowercase().contains("javascript:") {
            return Err(LogoError::UnsafeSvg(UnsafeSvg::ScriptUrl));
        }
        if is_animation && name == "attributeName" && value.trim().ends_with("href") {
            return Err(LogoError::UnsafeSvg(UnsafeSvg::AnimatedReference));
        }
        if name == "href" && !is_internal(value) {
            return Err(LogoError::UnsafeSvg(UnsafeSvg::ExternalReference(
                value.to_owned(),
            )));
        }
        check_css(value)?;
    }
    Ok(())
}

/// Rejects `@import` and any `url(…)` that does not point inside the file.
fn check_css(css: &str) -> Result<(), LogoError> {
    let lower = css.to_ascii_lowercase();
    if lower.contains("@import") {
        return Err(LogoError::UnsafeSvg(UnsafeSvg::ExternalReference(
            "@import".to_owned(),
        )));
    }

    let mut rest = lower.as_str();
    let mut offset = 0;
    while let Some(start) = rest.find("url(") {
        let argument_start = offset + start + 4;
        let argument_end = css[argument_start..]
            .find(')')
            .map_or(css.len(), |end| argument_start + end);
        let target = css[argument_start..argument_end]
            .trim_matches(|c: char| c.is_whitespace() || c == '"' || c == '\'');
        if !is_internal(target) {
            return Err(LogoError::UnsafeSvg(UnsafeSvg::ExternalReference(
                target.to_owned(),
            )));
        }
        offset = argument_end;
        rest = &lower[offset..];
    }
    Ok(())
}

/// Returns whether a reference stays inside the file: a fragment, or an inline PNG or
/// JPEG image.
fn is_internal(target: &str) -> bool {
    let target = target.trim();
    target.starts_with('#')
        || INLINE_IMAGE_PREFIXES
            .iter()
            .any(|prefix| target.to_ascii_lowercase().starts_with(prefix))
}

#[cfg(test)]
#[path = "logo_tests.rs"]
mod tests;
