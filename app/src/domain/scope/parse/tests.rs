use super::*;

fn resource(token: &str) -> ResourceScope {
    match parse_scope(token) {
        Ok(Scope::Resource(scope)) => scope,
        other => panic!("{token}: expected a resource scope, got {other:?}"),
    }
}

#[test]
fn v2_resource_scope_parsed() {
    let scope = resource("patient/Observation.rs");

    assert_eq!(scope.level, ScopeLevel::Patient);
    assert_eq!(scope.resource_type.as_deref(), Some("Observation"));
    assert_eq!(scope.permissions.as_suffix(), "rs");
    assert_eq!(scope.v1_permission, None);
    assert_eq!(scope.query, None);
}

#[test]
fn wildcard_resource_type_parsed() {
    let scope = resource("user/*.cruds");

    assert_eq!(scope.resource_type, None);
    assert_eq!(scope.permissions.as_suffix(), "cruds");
}

#[test]
fn v1_suffixes_mapped_to_v2() {
    assert_eq!(resource("patient/*.read").v2_form(), "patient/*.rs");
    assert_eq!(
        resource("patient/Observation.write").v2_form(),
        "patient/Observation.cud"
    );
    assert_eq!(resource("user/Patient.*").v2_form(), "user/Patient.cruds");
}

#[test]
fn scope_displayed_as_written() {
    for token in [
        "patient/*.read",
        "system/Observation.rs?category=laboratory",
        "launch/relatedperson?role=friend",
        "__profilePhoto.manage",
        "fhirUser",
    ] {
        assert_eq!(parse_scope(token).unwrap().to_string(), token);
    }
}

#[test]
fn query_kept() {
    let scope =
        resource("patient/Observation.rs?code:in=http://valueset.example.org/ValueSet/x&_filter=a");

    assert_eq!(
        scope.query.as_deref(),
        Some("code:in=http://valueset.example.org/ValueSet/x&_filter=a")
    );
}

#[test]
fn every_permission_subset_in_order_accepted() {
    for mask in 1..32u8 {
        let suffix: String = "cruds"
            .chars()
            .enumerate()
            .filter(|(index, _)| mask & (1 << index) != 0)
            .map(|(_, letter)| letter)
            .collect();

        let scope = resource(&format!("patient/Observation.{suffix}"));
        assert_eq!(scope.permissions.as_suffix(), suffix);
    }
}

#[test]
fn out_of_order_permissions_suggest_order() {
    assert_eq!(
        parse_scope("patient/Observation.sr"),
        Err(ScopeError::InvalidPermissions {
            scope: "patient/Observation.sr".to_owned(),
            permissions: "sr".to_owned(),
            suggestion: Some("patient/Observation.rs".to_owned()),
        })
    );
}

#[test]
fn repeated_or_unknown_permissions_rejected() {
    for token in [
        "patient/Observation.rr",
        "patient/Observation.rx",
        "patient/Observation.dus",
    ] {
        assert!(
            matches!(
                parse_scope(token),
                Err(ScopeError::InvalidPermissions { .. })
            ),
            "{token}"
        );
    }
}

#[test]
fn missing_resource_type_rejected() {
    for token in ["patient/read", "patient/rs", "patient/.rs", "user/"] {
        assert!(
            matches!(
                parse_scope(token),
                Err(ScopeError::MissingResourceType { .. })
            ),
            "{token}"
        );
    }
}

#[test]
fn missing_period_suggests_fix() {
    assert_eq!(
        parse_scope("user/*read"),
        Err(ScopeError::MissingPeriod {
            scope: "user/*read".to_owned(),
            suggestion: "user/*.read".to_owned(),
        })
    );
    assert_eq!(
        parse_scope("patient/Observationwrite"),
        Err(ScopeError::MissingPeriod {
            scope: "patient/Observationwrite".to_owned(),
            suggestion: "patient/Observation.write".to_owned(),
        })
    );
}

#[test]
fn missing_permissions_rejected() {
    for token in ["system/*", "system/Client.", "patient/Observation"] {
        assert!(
            matches!(
                parse_scope(token),
                Err(ScopeError::MissingPermissions { .. })
            ),
            "{token}"
        );
    }
}

#[test]
fn lowercase_resource_type_suggests_capital() {
    assert_eq!(
        parse_scope("patient/observation.rs"),
        Err(ScopeError::InvalidResourceType {
            scope: "patient/observation.rs".to_owned(),
            resource_type: "observation".to_owned(),
            suggestion: Some("Observation".to_owned()),
        })
    );
}

#[test]
fn invalid_queries_rejected() {
    for token in [
        "patient/Observation.rs?",
        "patient/Observation.rs?category",
        "patient/Observation.rs?category=",
        "patient/Observation.rs?=laboratory",
        "patient/Observation.rs?a=1&&b=2",
    ] {
        assert_eq!(
            parse_scope(token),
            Err(ScopeError::InvalidQuery {
                scope: token.to_owned()
            }),
            "{token}"
        );
    }
}

#[test]
fn v1_permission_with_query_rejected() {
    assert_eq!(
        parse_scope("patient/Observation.read?category=laboratory"),
        Err(ScopeError::QueryWithV1Permission {
            scope: "patient/Observation.read?category=laboratory".to_owned(),
            suggestion: "patient/Observation.rs?category=laboratory".to_owned(),
        })
    );
}

#[test]
fn launch_contexts_parsed() {
    assert_eq!(
        parse_scope("launch/patient"),
        Ok(Scope::LaunchContext(LaunchContext {
            resource: "patient".to_owned(),
            role: None,
        }))
    );
    assert_eq!(
        parse_scope("launch/list?role=https://example.org/med-list-at-home"),
        Ok(Scope::LaunchContext(LaunchContext {
            resource: "list".to_owned(),
            role: Some("https://example.org/med-list-at-home".to_owned()),
        }))
    );
}

#[test]
fn invalid_launch_contexts_rejected() {
    for token in [
        "launch/",
        "launch/Patient",
        "launch/patient?role=",
        "launch/patient?kind=x",
        "launch/patient?role=a&role=b",
    ] {
        assert!(
            matches!(
                parse_scope(token),
                Err(ScopeError::InvalidLaunchContext { .. })
            ),
            "{token}"
        );
    }
}

#[test]
fn named_scopes_parsed() {
    assert_eq!(parse_scope("openid"), Ok(Scope::OpenId));
    assert_eq!(parse_scope("fhirUser"), Ok(Scope::FhirUser));
    assert_eq!(parse_scope("profile"), Ok(Scope::Profile));
    assert_eq!(parse_scope("launch"), Ok(Scope::Launch));
    assert_eq!(parse_scope("online_access"), Ok(Scope::OnlineAccess));
    assert_eq!(parse_scope("offline_access"), Ok(Scope::OfflineAccess));
}

#[test]
fn named_scope_in_wrong_case_suggested() {
    assert_eq!(
        parse_scope("fhiruser"),
        Err(ScopeError::WrongCase {
            scope: "fhiruser".to_owned(),
            suggestion: "fhirUser",
        })
    );
}

#[test]
fn extension_scopes_accepted() {
    for token in [
        "__profilePhoto.manage",
        "https://ehr.example.org/scopes/profilePhoto.manage",
    ] {
        assert_eq!(parse_scope(token), Ok(Scope::Extension(token.to_owned())));
    }
}

#[test]
fn unknown_scopes_rejected() {
    assert!(matches!(parse_scope("__"), Err(ScopeError::Unknown { .. })));
    assert!(matches!(
        parse_scope("read"),
        Err(ScopeError::Unknown { .. })
    ));
    assert!(matches!(
        parse_scope("Patient/Observation.rs"),
        Err(ScopeError::UnknownLevel { .. })
    ));
}
