//! A person's time zone read from where they are: "Seattle, WA" is on Pacific time, "Bengaluru"
//! on India time. A small table of well-known cities, US states, Canadian provinces, Australian
//! states and single-zone countries; anything it does not know, or a place whose zone depends on
//! where in it someone is ("USA", "Remote", "Boise, ID"), gives `None` so the caller asks.
//!
//! Hand-written because no library maps free-text locations to zones without a geocoder; the
//! table stays small and every entry is unambiguous.

use chrono_tz::Tz;

use crate::text::fold;
use crate::zone::parse_zone;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    City,
    /// A state or province (name or postal abbreviation).
    Region,
    Country,
}

/// (name as written, folded to lowercase without accents and dots; what it is; ISO country; zone).
/// A country that spans zones has no zone: it only confirms or rules out a city. Where one name
/// means several places, the first row is what the name means alone ("London" is the English one).
#[rustfmt::skip]
const PLACES: &[(&str, Kind, &str, &str)] = &[
    // United States
    ("new york", Kind::City, "US", "America/New_York"),
    ("new york city", Kind::City, "US", "America/New_York"),
    ("nyc", Kind::City, "US", "America/New_York"),
    ("manhattan", Kind::City, "US", "America/New_York"),
    ("brooklyn", Kind::City, "US", "America/New_York"),
    ("boston", Kind::City, "US", "America/New_York"),
    ("cambridge", Kind::City, "GB", "Europe/London"),
    ("cambridge", Kind::City, "US", "America/New_York"),
    ("philadelphia", Kind::City, "US", "America/New_York"),
    ("washington dc", Kind::City, "US", "America/New_York"),
    ("atlanta", Kind::City, "US", "America/New_York"),
    ("miami", Kind::City, "US", "America/New_York"),
    ("pittsburgh", Kind::City, "US", "America/New_York"),
    ("raleigh", Kind::City, "US", "America/New_York"),
    ("charlotte", Kind::City, "US", "America/New_York"),
    ("detroit", Kind::City, "US", "America/Detroit"),
    ("chicago", Kind::City, "US", "America/Chicago"),
    ("austin", Kind::City, "US", "America/Chicago"),
    ("dallas", Kind::City, "US", "America/Chicago"),
    ("houston", Kind::City, "US", "America/Chicago"),
    ("nashville", Kind::City, "US", "America/Chicago"),
    ("minneapolis", Kind::City, "US", "America/Chicago"),
    ("denver", Kind::City, "US", "America/Denver"),
    ("boulder", Kind::City, "US", "America/Denver"),
    ("salt lake city", Kind::City, "US", "America/Denver"),
    ("phoenix", Kind::City, "US", "America/Phoenix"),
    ("las vegas", Kind::City, "US", "America/Los_Angeles"),
    ("los angeles", Kind::City, "US", "America/Los_Angeles"),
    ("san diego", Kind::City, "US", "America/Los_Angeles"),
    ("san francisco", Kind::City, "US", "America/Los_Angeles"),
    ("sf", Kind::City, "US", "America/Los_Angeles"),
    ("bay area", Kind::City, "US", "America/Los_Angeles"),
    ("sf bay area", Kind::City, "US", "America/Los_Angeles"),
    ("san francisco bay area", Kind::City, "US", "America/Los_Angeles"),
    ("silicon valley", Kind::City, "US", "America/Los_Angeles"),
    ("san jose", Kind::City, "US", "America/Los_Angeles"),
    ("oakland", Kind::City, "US", "America/Los_Angeles"),
    ("palo alto", Kind::City, "US", "America/Los_Angeles"),
    ("mountain view", Kind::City, "US", "America/Los_Angeles"),
    ("sunnyvale", Kind::City, "US", "America/Los_Angeles"),
    ("seattle", Kind::City, "US", "America/Los_Angeles"),
    ("redmond", Kind::City, "US", "America/Los_Angeles"),
    ("bellevue", Kind::City, "US", "America/Los_Angeles"),
    ("honolulu", Kind::City, "US", "Pacific/Honolulu"),
    ("anchorage", Kind::City, "US", "America/Anchorage"),
    // Canada
    ("toronto", Kind::City, "CA", "America/Toronto"),
    ("ottawa", Kind::City, "CA", "America/Toronto"),
    ("montreal", Kind::City, "CA", "America/Toronto"),
    ("vancouver", Kind::City, "CA", "America/Vancouver"),
    ("vancouver", Kind::City, "US", "America/Los_Angeles"),
    ("calgary", Kind::City, "CA", "America/Edmonton"),
    ("edmonton", Kind::City, "CA", "America/Edmonton"),
    ("winnipeg", Kind::City, "CA", "America/Winnipeg"),
    ("halifax", Kind::City, "CA", "America/Halifax"),
    // Latin America
    ("mexico city", Kind::City, "MX", "America/Mexico_City"),
    ("ciudad de mexico", Kind::City, "MX", "America/Mexico_City"),
    ("sao paulo", Kind::City, "BR", "America/Sao_Paulo"),
    ("rio de janeiro", Kind::City, "BR", "America/Sao_Paulo"),
    ("buenos aires", Kind::City, "AR", "America/Argentina/Buenos_Aires"),
    ("bogota", Kind::City, "CO", "America/Bogota"),
    ("lima", Kind::City, "PE", "America/Lima"),
    ("montevideo", Kind::City, "UY", "America/Montevideo"),
    // Europe
    ("london", Kind::City, "GB", "Europe/London"),
    ("london", Kind::City, "CA", "America/Toronto"),
    ("manchester", Kind::City, "GB", "Europe/London"),
    ("edinburgh", Kind::City, "GB", "Europe/London"),
    ("glasgow", Kind::City, "GB", "Europe/London"),
    ("bristol", Kind::City, "GB", "Europe/London"),
    ("oxford", Kind::City, "GB", "Europe/London"),
    ("belfast", Kind::City, "GB", "Europe/London"),
    ("dublin", Kind::City, "IE", "Europe/Dublin"),
    ("berlin", Kind::City, "DE", "Europe/Berlin"),
    ("munich", Kind::City, "DE", "Europe/Berlin"),
    ("munchen", Kind::City, "DE", "Europe/Berlin"),
    ("hamburg", Kind::City, "DE", "Europe/Berlin"),
    ("frankfurt", Kind::City, "DE", "Europe/Berlin"),
    ("cologne", Kind::City, "DE", "Europe/Berlin"),
    ("koln", Kind::City, "DE", "Europe/Berlin"),
    ("stuttgart", Kind::City, "DE", "Europe/Berlin"),
    ("dusseldorf", Kind::City, "DE", "Europe/Berlin"),
    ("paris", Kind::City, "FR", "Europe/Paris"),
    ("lyon", Kind::City, "FR", "Europe/Paris"),
    ("madrid", Kind::City, "ES", "Europe/Madrid"),
    ("barcelona", Kind::City, "ES", "Europe/Madrid"),
    ("lisbon", Kind::City, "PT", "Europe/Lisbon"),
    ("lisboa", Kind::City, "PT", "Europe/Lisbon"),
    ("porto", Kind::City, "PT", "Europe/Lisbon"),
    ("amsterdam", Kind::City, "NL", "Europe/Amsterdam"),
    ("rotterdam", Kind::City, "NL", "Europe/Amsterdam"),
    ("utrecht", Kind::City, "NL", "Europe/Amsterdam"),
    ("the hague", Kind::City, "NL", "Europe/Amsterdam"),
    ("brussels", Kind::City, "BE", "Europe/Brussels"),
    ("zurich", Kind::City, "CH", "Europe/Zurich"),
    ("geneva", Kind::City, "CH", "Europe/Zurich"),
    ("vienna", Kind::City, "AT", "Europe/Vienna"),
    ("wien", Kind::City, "AT", "Europe/Vienna"),
    ("milan", Kind::City, "IT", "Europe/Rome"),
    ("rome", Kind::City, "IT", "Europe/Rome"),
    ("warsaw", Kind::City, "PL", "Europe/Warsaw"),
    ("krakow", Kind::City, "PL", "Europe/Warsaw"),
    ("prague", Kind::City, "CZ", "Europe/Prague"),
    ("stockholm", Kind::City, "SE", "Europe/Stockholm"),
    ("copenhagen", Kind::City, "DK", "Europe/Copenhagen"),
    ("oslo", Kind::City, "NO", "Europe/Oslo"),
    ("helsinki", Kind::City, "FI", "Europe/Helsinki"),
    ("athens", Kind::City, "GR", "Europe/Athens"),
    ("bucharest", Kind::City, "RO", "Europe/Bucharest"),
    ("kyiv", Kind::City, "UA", "Europe/Kyiv"),
    ("kiev", Kind::City, "UA", "Europe/Kyiv"),
    ("istanbul", Kind::City, "TR", "Europe/Istanbul"),
    // Middle East, Africa
    ("tel aviv", Kind::City, "IL", "Asia/Jerusalem"),
    ("dubai", Kind::City, "AE", "Asia/Dubai"),
    ("cairo", Kind::City, "EG", "Africa/Cairo"),
    ("lagos", Kind::City, "NG", "Africa/Lagos"),
    ("accra", Kind::City, "GH", "Africa/Accra"),
    ("nairobi", Kind::City, "KE", "Africa/Nairobi"),
    ("cape town", Kind::City, "ZA", "Africa/Johannesburg"),
    ("johannesburg", Kind::City, "ZA", "Africa/Johannesburg"),
    // Asia, Oceania
    ("bangalore", Kind::City, "IN", "Asia/Kolkata"),
    ("bengaluru", Kind::City, "IN", "Asia/Kolkata"),
    ("mumbai", Kind::City, "IN", "Asia/Kolkata"),
    ("delhi", Kind::City, "IN", "Asia/Kolkata"),
    ("new delhi", Kind::City, "IN", "Asia/Kolkata"),
    ("hyderabad", Kind::City, "IN", "Asia/Kolkata"),
    ("pune", Kind::City, "IN", "Asia/Kolkata"),
    ("chennai", Kind::City, "IN", "Asia/Kolkata"),
    ("gurgaon", Kind::City, "IN", "Asia/Kolkata"),
    ("gurugram", Kind::City, "IN", "Asia/Kolkata"),
    ("noida", Kind::City, "IN", "Asia/Kolkata"),
    ("karachi", Kind::City, "PK", "Asia/Karachi"),
    ("lahore", Kind::City, "PK", "Asia/Karachi"),
    ("singapore", Kind::City, "SG", "Asia/Singapore"),
    ("kuala lumpur", Kind::City, "MY", "Asia/Kuala_Lumpur"),
    ("bangkok", Kind::City, "TH", "Asia/Bangkok"),
    ("ho chi minh city", Kind::City, "VN", "Asia/Ho_Chi_Minh"),
    ("hanoi", Kind::City, "VN", "Asia/Ho_Chi_Minh"),
    ("jakarta", Kind::City, "ID", "Asia/Jakarta"),
    ("manila", Kind::City, "PH", "Asia/Manila"),
    ("hong kong", Kind::City, "HK", "Asia/Hong_Kong"),
    ("shanghai", Kind::City, "CN", "Asia/Shanghai"),
    ("beijing", Kind::City, "CN", "Asia/Shanghai"),
    ("shenzhen", Kind::City, "CN", "Asia/Shanghai"),
    ("taipei", Kind::City, "TW", "Asia/Taipei"),
    ("seoul", Kind::City, "KR", "Asia/Seoul"),
    ("tokyo", Kind::City, "JP", "Asia/Tokyo"),
    ("osaka", Kind::City, "JP", "Asia/Tokyo"),
    ("sydney", Kind::City, "AU", "Australia/Sydney"),
    ("melbourne", Kind::City, "AU", "Australia/Melbourne"),
    ("brisbane", Kind::City, "AU", "Australia/Brisbane"),
    ("perth", Kind::City, "AU", "Australia/Perth"),
    ("adelaide", Kind::City, "AU", "Australia/Adelaide"),
    ("auckland", Kind::City, "NZ", "Pacific/Auckland"),
    ("wellington", Kind::City, "NZ", "Pacific/Auckland"),

    // US states in one zone, or nearly all of their people in one (Texas, Florida, Michigan,
    // Oregon, Kansas, Nebraska, North Dakota). Split down the middle, so left out: Idaho,
    // Indiana, Kentucky, Tennessee, South Dakota. Georgia is also a country: left out by name.
    ("ct", Kind::Region, "US", "America/New_York"), ("connecticut", Kind::Region, "US", "America/New_York"),
    ("de", Kind::Region, "US", "America/New_York"), ("delaware", Kind::Region, "US", "America/New_York"),
    ("dc", Kind::Region, "US", "America/New_York"),
    ("fl", Kind::Region, "US", "America/New_York"), ("florida", Kind::Region, "US", "America/New_York"),
    ("ga", Kind::Region, "US", "America/New_York"),
    ("me", Kind::Region, "US", "America/New_York"), ("maine", Kind::Region, "US", "America/New_York"),
    ("md", Kind::Region, "US", "America/New_York"), ("maryland", Kind::Region, "US", "America/New_York"),
    ("ma", Kind::Region, "US", "America/New_York"), ("massachusetts", Kind::Region, "US", "America/New_York"),
    ("mi", Kind::Region, "US", "America/Detroit"), ("michigan", Kind::Region, "US", "America/Detroit"),
    ("nh", Kind::Region, "US", "America/New_York"), ("new hampshire", Kind::Region, "US", "America/New_York"),
    ("nj", Kind::Region, "US", "America/New_York"), ("new jersey", Kind::Region, "US", "America/New_York"),
    ("ny", Kind::Region, "US", "America/New_York"), ("new york", Kind::Region, "US", "America/New_York"),
    ("nc", Kind::Region, "US", "America/New_York"), ("north carolina", Kind::Region, "US", "America/New_York"),
    ("oh", Kind::Region, "US", "America/New_York"), ("ohio", Kind::Region, "US", "America/New_York"),
    ("pa", Kind::Region, "US", "America/New_York"), ("pennsylvania", Kind::Region, "US", "America/New_York"),
    ("ri", Kind::Region, "US", "America/New_York"), ("rhode island", Kind::Region, "US", "America/New_York"),
    ("sc", Kind::Region, "US", "America/New_York"), ("south carolina", Kind::Region, "US", "America/New_York"),
    ("vt", Kind::Region, "US", "America/New_York"), ("vermont", Kind::Region, "US", "America/New_York"),
    ("va", Kind::Region, "US", "America/New_York"), ("virginia", Kind::Region, "US", "America/New_York"),
    ("wv", Kind::Region, "US", "America/New_York"), ("west virginia", Kind::Region, "US", "America/New_York"),
    ("al", Kind::Region, "US", "America/Chicago"), ("alabama", Kind::Region, "US", "America/Chicago"),
    ("ar", Kind::Region, "US", "America/Chicago"), ("arkansas", Kind::Region, "US", "America/Chicago"),
    ("il", Kind::Region, "US", "America/Chicago"), ("illinois", Kind::Region, "US", "America/Chicago"),
    ("ia", Kind::Region, "US", "America/Chicago"), ("iowa", Kind::Region, "US", "America/Chicago"),
    ("ks", Kind::Region, "US", "America/Chicago"), ("kansas", Kind::Region, "US", "America/Chicago"),
    ("la", Kind::Region, "US", "America/Chicago"), ("louisiana", Kind::Region, "US", "America/Chicago"),
    ("mn", Kind::Region, "US", "America/Chicago"), ("minnesota", Kind::Region, "US", "America/Chicago"),
    ("ms", Kind::Region, "US", "America/Chicago"), ("mississippi", Kind::Region, "US", "America/Chicago"),
    ("mo", Kind::Region, "US", "America/Chicago"), ("missouri", Kind::Region, "US", "America/Chicago"),
    ("ne", Kind::Region, "US", "America/Chicago"), ("nebraska", Kind::Region, "US", "America/Chicago"),
    ("nd", Kind::Region, "US", "America/Chicago"), ("north dakota", Kind::Region, "US", "America/Chicago"),
    ("ok", Kind::Region, "US", "America/Chicago"), ("oklahoma", Kind::Region, "US", "America/Chicago"),
    ("tx", Kind::Region, "US", "America/Chicago"), ("texas", Kind::Region, "US", "America/Chicago"),
    ("wi", Kind::Region, "US", "America/Chicago"), ("wisconsin", Kind::Region, "US", "America/Chicago"),
    ("co", Kind::Region, "US", "America/Denver"), ("colorado", Kind::Region, "US", "America/Denver"),
    ("mt", Kind::Region, "US", "America/Denver"), ("montana", Kind::Region, "US", "America/Denver"),
    ("nm", Kind::Region, "US", "America/Denver"), ("new mexico", Kind::Region, "US", "America/Denver"),
    ("ut", Kind::Region, "US", "America/Denver"), ("utah", Kind::Region, "US", "America/Denver"),
    ("wy", Kind::Region, "US", "America/Denver"), ("wyoming", Kind::Region, "US", "America/Denver"),
    ("az", Kind::Region, "US", "America/Phoenix"), ("arizona", Kind::Region, "US", "America/Phoenix"),
    ("ca", Kind::Region, "US", "America/Los_Angeles"), ("california", Kind::Region, "US", "America/Los_Angeles"),
    ("nv", Kind::Region, "US", "America/Los_Angeles"), ("nevada", Kind::Region, "US", "America/Los_Angeles"),
    ("or", Kind::Region, "US", "America/Los_Angeles"), ("oregon", Kind::Region, "US", "America/Los_Angeles"),
    ("wa", Kind::Region, "US", "America/Los_Angeles"), ("washington", Kind::Region, "US", "America/Los_Angeles"),
    ("ak", Kind::Region, "US", "America/Anchorage"), ("alaska", Kind::Region, "US", "America/Anchorage"),
    ("hi", Kind::Region, "US", "Pacific/Honolulu"), ("hawaii", Kind::Region, "US", "Pacific/Honolulu"),
    // Canadian provinces, Australian states ("WA" after Perth is Western Australia).
    ("on", Kind::Region, "CA", "America/Toronto"), ("ontario", Kind::Region, "CA", "America/Toronto"),
    ("qc", Kind::Region, "CA", "America/Toronto"), ("quebec", Kind::Region, "CA", "America/Toronto"),
    ("bc", Kind::Region, "CA", "America/Vancouver"), ("british columbia", Kind::Region, "CA", "America/Vancouver"),
    ("ab", Kind::Region, "CA", "America/Edmonton"), ("alberta", Kind::Region, "CA", "America/Edmonton"),
    ("mb", Kind::Region, "CA", "America/Winnipeg"), ("manitoba", Kind::Region, "CA", "America/Winnipeg"),
    ("ns", Kind::Region, "CA", "America/Halifax"), ("nova scotia", Kind::Region, "CA", "America/Halifax"),
    ("nsw", Kind::Region, "AU", "Australia/Sydney"), ("new south wales", Kind::Region, "AU", "Australia/Sydney"),
    ("vic", Kind::Region, "AU", "Australia/Melbourne"), ("victoria", Kind::Region, "AU", "Australia/Melbourne"),
    ("qld", Kind::Region, "AU", "Australia/Brisbane"), ("queensland", Kind::Region, "AU", "Australia/Brisbane"),
    ("wa", Kind::Region, "AU", "Australia/Perth"), ("western australia", Kind::Region, "AU", "Australia/Perth"),

    // Countries in one zone (or nearly all of their people in one); spanning zones: no zone.
    ("usa", Kind::Country, "US", ""), ("us", Kind::Country, "US", ""),
    ("united states", Kind::Country, "US", ""), ("united states of america", Kind::Country, "US", ""),
    ("canada", Kind::Country, "CA", ""), ("ca", Kind::Country, "CA", ""),
    ("australia", Kind::Country, "AU", ""), ("au", Kind::Country, "AU", ""),
    ("brazil", Kind::Country, "BR", ""), ("brasil", Kind::Country, "BR", ""),
    ("mexico", Kind::Country, "MX", ""), ("russia", Kind::Country, "RU", ""),
    ("indonesia", Kind::Country, "ID", ""),
    ("uk", Kind::Country, "GB", "Europe/London"), ("gb", Kind::Country, "GB", "Europe/London"),
    ("united kingdom", Kind::Country, "GB", "Europe/London"), ("england", Kind::Country, "GB", "Europe/London"),
    ("scotland", Kind::Country, "GB", "Europe/London"), ("wales", Kind::Country, "GB", "Europe/London"),
    ("ireland", Kind::Country, "IE", "Europe/Dublin"),
    ("germany", Kind::Country, "DE", "Europe/Berlin"), ("deutschland", Kind::Country, "DE", "Europe/Berlin"),
    ("de", Kind::Country, "DE", "Europe/Berlin"),
    ("france", Kind::Country, "FR", "Europe/Paris"), ("fr", Kind::Country, "FR", "Europe/Paris"),
    ("spain", Kind::Country, "ES", "Europe/Madrid"), ("es", Kind::Country, "ES", "Europe/Madrid"),
    ("portugal", Kind::Country, "PT", "Europe/Lisbon"),
    ("netherlands", Kind::Country, "NL", "Europe/Amsterdam"), ("the netherlands", Kind::Country, "NL", "Europe/Amsterdam"),
    ("nl", Kind::Country, "NL", "Europe/Amsterdam"),
    ("belgium", Kind::Country, "BE", "Europe/Brussels"),
    ("switzerland", Kind::Country, "CH", "Europe/Zurich"), ("ch", Kind::Country, "CH", "Europe/Zurich"),
    ("austria", Kind::Country, "AT", "Europe/Vienna"),
    ("italy", Kind::Country, "IT", "Europe/Rome"),
    ("poland", Kind::Country, "PL", "Europe/Warsaw"),
    ("czechia", Kind::Country, "CZ", "Europe/Prague"), ("czech republic", Kind::Country, "CZ", "Europe/Prague"),
    ("sweden", Kind::Country, "SE", "Europe/Stockholm"),
    ("denmark", Kind::Country, "DK", "Europe/Copenhagen"),
    ("norway", Kind::Country, "NO", "Europe/Oslo"),
    ("finland", Kind::Country, "FI", "Europe/Helsinki"),
    ("greece", Kind::Country, "GR", "Europe/Athens"),
    ("romania", Kind::Country, "RO", "Europe/Bucharest"),
    ("ukraine", Kind::Country, "UA", "Europe/Kyiv"),
    ("turkey", Kind::Country, "TR", "Europe/Istanbul"), ("turkiye", Kind::Country, "TR", "Europe/Istanbul"),
    ("israel", Kind::Country, "IL", "Asia/Jerusalem"), ("il", Kind::Country, "IL", "Asia/Jerusalem"),
    ("uae", Kind::Country, "AE", "Asia/Dubai"), ("united arab emirates", Kind::Country, "AE", "Asia/Dubai"),
    ("egypt", Kind::Country, "EG", "Africa/Cairo"),
    ("nigeria", Kind::Country, "NG", "Africa/Lagos"),
    ("ghana", Kind::Country, "GH", "Africa/Accra"),
    ("kenya", Kind::Country, "KE", "Africa/Nairobi"),
    ("south africa", Kind::Country, "ZA", "Africa/Johannesburg"),
    ("india", Kind::Country, "IN", "Asia/Kolkata"),
    ("pakistan", Kind::Country, "PK", "Asia/Karachi"),
    ("singapore", Kind::Country, "SG", "Asia/Singapore"),
    ("malaysia", Kind::Country, "MY", "Asia/Kuala_Lumpur"),
    ("thailand", Kind::Country, "TH", "Asia/Bangkok"),
    ("vietnam", Kind::Country, "VN", "Asia/Ho_Chi_Minh"),
    ("philippines", Kind::Country, "PH", "Asia/Manila"),
    ("china", Kind::Country, "CN", "Asia/Shanghai"),
    ("taiwan", Kind::Country, "TW", "Asia/Taipei"),
    ("south korea", Kind::Country, "KR", "Asia/Seoul"), ("korea", Kind::Country, "KR", "Asia/Seoul"),
    ("japan", Kind::Country, "JP", "Asia/Tokyo"), ("jp", Kind::Country, "JP", "Asia/Tokyo"),
    ("new zealand", Kind::Country, "NZ", "Pacific/Auckland"), ("nz", Kind::Country, "NZ", "Pacific/Auckland"),
    ("argentina", Kind::Country, "AR", "America/Argentina/Buenos_Aires"),
    ("colombia", Kind::Country, "CO", "America/Bogota"),
    ("peru", Kind::Country, "PE", "America/Lima"),
    ("uruguay", Kind::Country, "UY", "America/Montevideo"),
];

/// One row of [`PLACES`].
#[derive(Debug, Clone, Copy)]
struct Place {
    kind: Kind,
    country: &'static str,
    zone: &'static str,
}

/// The rows a part of a location names, cities first. A two-letter part names a region or a
/// country only after a comma ("Paris, TX"), never alone ("LA" is not Louisiana).
fn places(part: &str, first: bool) -> Vec<Place> {
    let mut out: Vec<Place> = PLACES
        .iter()
        .filter(|(name, kind, _, _)| *name == part && (*kind == Kind::City || !first || part.len() > 2))
        .map(|&(_, kind, country, zone)| Place { kind, country, zone })
        .collect();
    out.sort_by_key(|p| p.kind != Kind::City);
    out
}

/// A part of a location as the table spells names: folded, without dots, and without the
/// "Greater … Area" around a city.
fn clean(part: &str) -> String {
    let folded = fold(&part.replace('.', ""));
    let mut s = folded.as_str();
    if places(s, false).is_empty() {
        s = s.strip_prefix("greater ").unwrap_or(s);
        for suffix in [" metropolitan area", " metro area", " area", " metro"] {
            s = s.strip_suffix(suffix).unwrap_or(s);
        }
    }
    s.trim().to_string()
}

/// The time zone of a free-text location ("Seattle, WA", "Bengaluru, India", "London, ON",
/// "Greater Seattle Area"), or `None` when it is unknown or could be in more than one zone.
pub fn zone_for_location(location: &str) -> Option<Tz> {
    let parts: Vec<String> = location
        .replace(" - ", ",")
        .split([',', ';', '(', ')', '/', '|', '·', '–', '—'])
        .map(clean)
        .filter(|p| !p.is_empty())
        .collect();
    let found: Vec<Vec<Place>> = parts.iter().enumerate().map(|(i, p)| places(p, i == 0)).collect();
    // The city is the first part that names one; the other parts qualify it.
    let city = found.iter().position(|rows| rows.iter().any(|p| p.kind == Kind::City));
    // Countries every qualifier allows (a part may allow several: "WA" is a US or an
    // Australian state); `None`: no qualifier.
    let mut allowed: Option<Vec<&str>> = None;
    for (i, rows) in found.iter().enumerate() {
        let countries: Vec<&str> = rows.iter().filter(|p| p.kind != Kind::City).map(|p| p.country).collect();
        if Some(i) == city || countries.is_empty() {
            continue;
        }
        allowed = Some(match allowed {
            None => countries,
            Some(before) => before.into_iter().filter(|c| countries.contains(c)).collect(),
        });
    }
    let fits = |p: &Place| allowed.as_ref().is_none_or(|a| a.contains(&p.country));
    if let Some(i) = city {
        if let Some(p) = found[i].iter().find(|p| p.kind == Kind::City && fits(p)) {
            return parse_zone(p.zone);
        }
    }
    // No city known (or one ruled out, as Paris by Texas): a region, else a country, the last
    // one named first ("Washington, DC" is the capital).
    for kind in [Kind::Region, Kind::Country] {
        for (i, rows) in found.iter().enumerate().rev() {
            if Some(i) == city && rows.iter().all(|p| p.kind == Kind::City) {
                continue;
            }
            if let Some(p) = rows.iter().find(|p| p.kind == kind && fits(p)) {
                return parse_zone(p.zone);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zone(location: &str) -> Option<&'static str> {
        zone_for_location(location).map(|z| z.name())
    }

    #[test]
    fn every_zone_in_the_table_is_in_the_tz_database() {
        for (name, _, _, z) in PLACES {
            assert!(z.is_empty() || parse_zone(z).is_some(), "{name}: {z} is not an IANA zone");
        }
    }

    #[test]
    fn well_known_cities() {
        for (location, expected) in [
            ("Seattle", "America/Los_Angeles"),
            ("San Francisco", "America/Los_Angeles"),
            ("New York", "America/New_York"),
            ("Toronto", "America/Toronto"),
            ("London", "Europe/London"),
            ("Berlin", "Europe/Berlin"),
            ("Paris", "Europe/Paris"),
            ("Madrid", "Europe/Madrid"),
            ("Amsterdam", "Europe/Amsterdam"),
            ("Bangalore", "Asia/Kolkata"),
            ("Bengaluru, India", "Asia/Kolkata"),
            ("Sydney, Australia", "Australia/Sydney"),
            ("Singapore", "Asia/Singapore"),
            ("Tokyo, Japan", "Asia/Tokyo"),
            ("São Paulo, Brazil", "America/Sao_Paulo"),
            ("Zürich", "Europe/Zurich"),
            ("  munich , GERMANY ", "Europe/Berlin"),
        ] {
            assert_eq!(zone(location), Some(expected), "{location}");
        }
    }

    #[test]
    fn us_states_and_other_regions_after_a_comma() {
        for (location, expected) in [
            ("Seattle, WA", "America/Los_Angeles"),
            ("Seattle, WA, USA", "America/Los_Angeles"),
            ("Spokane, WA", "America/Los_Angeles"),
            ("Spokane, Washington", "America/Los_Angeles"),
            ("Portland, OR", "America/Los_Angeles"),
            ("Portland, ME", "America/New_York"),
            ("Austin, TX", "America/Chicago"),
            ("Paris, TX", "America/Chicago"),
            ("Washington, D.C.", "America/New_York"),
            ("Boulder, CO", "America/Denver"),
            ("Tucson, AZ", "America/Phoenix"),
            ("California", "America/Los_Angeles"),
            ("Perth, WA", "Australia/Perth"),
            ("Geelong, VIC", "Australia/Melbourne"),
            ("London, ON", "America/Toronto"),
            ("Vancouver, BC", "America/Vancouver"),
            ("Berlin, DE", "Europe/Berlin"),
            ("Springfield, IL", "America/Chicago"),
            ("Greater Seattle Area", "America/Los_Angeles"),
            ("San Francisco Bay Area", "America/Los_Angeles"),
            ("Remote (Berlin)", "Europe/Berlin"),
            ("Remote - Germany", "Europe/Berlin"),
            ("United Kingdom", "Europe/London"),
        ] {
            assert_eq!(zone(location), Some(expected), "{location}");
        }
    }

    #[test]
    fn unknown_or_ambiguous_places_give_no_zone() {
        for location in [
            "",
            "Remote",
            "Remote (US)",
            "Remote (EU)",
            "USA",
            "Canada",
            "Australia",
            "Springfield, USA",
            "Portland",
            "Boise, ID",
            "Nashville-ish",
            "Atlantis",
            "LA",
            "CA",
            "Berlin, CA, Germany",
        ] {
            assert_eq!(zone(location), None, "{location:?} must not be guessed");
        }
        assert_eq!(zone("Nashville, TN"), Some("America/Chicago"), "a known city in a split state");
    }
}
