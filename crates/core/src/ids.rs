/// A new row id: a UUIDv7, created on this machine, so ids sort by creation time and never collide
/// with rows created on another replica.
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// A UUIDv7 for a row created at `ms` (Unix milliseconds), for records whose creation time is not
/// now (imports, demo data), so that id order stays creation order.
pub fn new_id_at(ms: i64) -> String {
    let ms = ms.max(0) as u64;
    let ts = uuid::Timestamp::from_unix(uuid::NoContext, ms / 1000, ((ms % 1000) * 1_000_000) as u32);
    uuid::Uuid::new_v7(ts).to_string()
}

/// Whether `s` is a well-formed UUID (any version).
pub fn is_valid_id(s: &str) -> bool {
    uuid::Uuid::parse_str(s).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_v7_and_increase() {
        let a = new_id();
        let b = new_id();
        let parsed = uuid::Uuid::parse_str(&a).expect("new_id must produce a valid uuid");
        assert_eq!(parsed.get_version_num(), 7, "ids must be UUIDv7");
        assert!(a < b, "UUIDv7 ids created later must sort later: {a} !< {b}");
        assert!(is_valid_id(&a), "a fresh id must validate");
        assert!(!is_valid_id("not-an-id"), "garbage must not validate");
        let old = new_id_at(1_600_000_000_000);
        let older = new_id_at(1_500_000_000_000);
        assert!(older < old && old < a, "ids made for past instants sort by those instants");
    }
}
