use super::*;

const MAX: u64 = 512 * 1024;

/// Builds a 1×1 PNG: the signature and a complete IHDR chunk.
fn png() -> Vec<u8> {
    let mut bytes = PNG_SIGNATURE.to_vec();
    bytes.extend_from_slice(
        b"\x00\x00\x00\x0dIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00",
    );
    bytes.extend_from_slice(b"\x1f\x15\xc4\x89");
    bytes
}

fn svg(body: &str) -> String {
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">{body}</svg>"#
    )
}

fn reason(result: Result<LogoFormat, LogoError>) -> UnsafeSvg {
    match result {
        Err(LogoError::UnsafeSvg(reason)) => reason,
        other => panic!("expected an unsafe SVG, got {other:?}"),
    }
}

#[test]
fn png_accepted() {
    assert_eq!(check_logo(&png(), MAX), Ok(LogoFormat::Png));
}

#[test]
fn truncated_png_rejected() {
    assert!(matches!(
        check_logo(&png()[..20], MAX),
        Err(LogoError::InvalidPng(_))
    ));
}

#[test]
fn plain_svg_accepted() {
    let logo = svg(
        r##"<defs><linearGradient id="g"><stop offset="0" stop-color="#0a58ca"/></linearGradient></defs>
        <style>.mark { fill: url(#g); }</style>
        <circle class="mark" cx="5" cy="5" r="4" fill="url(#g)"/><use xlink:href="#g"/>"##,
    );

    assert_eq!(check_logo(logo.as_bytes(), MAX), Ok(LogoFormat::Svg));
}

#[test]
fn svg_with_xml_declaration_and_bom_accepted() {
    let logo = format!(
        "\u{feff}<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}",
        svg("<rect width=\"1\" height=\"1\"/>")
    );

    assert_eq!(check_logo(logo.as_bytes(), MAX), Ok(LogoFormat::Svg));
}

#[test]
fn script_rejected() {
    let logo = svg("<script>alert(document.cookie)</script>");

    assert_eq!(
        reason(check_logo(logo.as_bytes(), MAX)),
        UnsafeSvg::ActiveElement("script".to_owned())
    );
}

#[test]
fn event_handler_rejected() {
    let logo = svg(r#"<rect width="1" height="1" onload="alert(1)"/>"#);

    assert_eq!(
        reason(check_logo(logo.as_bytes(), MAX)),
        UnsafeSvg::EventHandler("onload".to_owned())
    );
}

#[test]
fn foreign_object_rejected() {
    let logo =
        svg(r#"<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>"#);

    assert_eq!(
        reason(check_logo(logo.as_bytes(), MAX)),
        UnsafeSvg::ActiveElement("foreignObject".to_owned())
    );
}

#[test]
fn external_references_rejected() {
    for body in [
        r#"<image href="https://tracker.example/pixel.png" width="1" height="1"/>"#,
        r#"<use xlink:href="other.svg#shape"/>"#,
        r#"<rect style="fill: url(https://tracker.example/p)" width="1" height="1"/>"#,
        r#"<style>@import url("https://tracker.example/x.css");</style>"#,
        r#"<a href="javascript:alert(1)"><rect width="1" height="1"/></a>"#,
    ] {
        let logo = svg(body);

        assert!(
            matches!(
                reason(check_logo(logo.as_bytes(), MAX)),
                UnsafeSvg::ExternalReference(_) | UnsafeSvg::ScriptUrl
            ),
            "{body}"
        );
    }
}

#[test]
fn stylesheet_instruction_rejected() {
    let logo = format!(
        "<?xml-stylesheet href=\"https://tracker.example/x.css\"?>{}",
        svg("")
    );

    assert!(matches!(
        reason(check_logo(logo.as_bytes(), MAX)),
        UnsafeSvg::ExternalReference(_)
    ));
}

#[test]
fn animated_href_rejected() {
    let logo = svg(r##"<a href="#x"><set attributeName="href" to="https://example.com"/></a>"##);

    assert_eq!(
        reason(check_logo(logo.as_bytes(), MAX)),
        UnsafeSvg::AnimatedReference
    );
}

#[test]
fn entity_declarations_rejected() {
    let logo = r#"<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>"#;

    assert!(matches!(
        check_logo(logo.as_bytes(), MAX),
        Err(LogoError::InvalidSvg(_))
    ));
}

#[test]
fn svg_without_namespace_rejected() {
    assert_eq!(
        reason(check_logo(b"<svg><rect/></svg>", MAX)),
        UnsafeSvg::NotSvgRoot
    );
}

#[test]
fn other_formats_and_sizes_rejected() {
    assert_eq!(
        check_logo(b"GIF89a\x01\x00", MAX),
        Err(LogoError::UnsupportedFormat)
    );
    assert_eq!(check_logo(b"", MAX), Err(LogoError::Empty));
    assert_eq!(
        check_logo(&png(), 10),
        Err(LogoError::TooLarge { max_bytes: 10 })
    );
}
