//! Evaluation on the XML geoparsing corpora: span precision/recall and distance metrics.

use std::fmt;
use std::path::Path;
use std::time::Instant;

use kroniek_core::{Document, Lang, Metadata, Pipeline};
use kroniek_text::{LanguageStage, SegmentStage, normalize};

use crate::corpus::read_geo_xml;
use crate::error::Result;
use crate::gazetteer::Gazetteer;
use crate::resolve::{Geoparser, Options};

/// Half the earth's circumference: the error given to a gold toponym that was not found.
pub const MAX_ERROR_KM: f64 = 20_039.0;

/// Great-circle distance in kilometres.
pub fn haversine_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let r = 6371.0088_f64;
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * r * h.sqrt().min(1.0).asin()
}

/// Distance metrics over a set of errors.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DistanceMetrics {
    /// Number of toponyms scored.
    pub n: usize,
    /// Share with error ≤ 161 km.
    pub acc161: f64,
    /// Median error in km.
    pub median_km: f64,
    /// Mean error in km.
    pub mean_km: f64,
    /// Area under the curve of sorted log errors, normalised to [0, 1] (lower is better; Gritta
    /// et al. 2018).
    pub auc: f64,
}

impl DistanceMetrics {
    /// Metrics of these errors (km).
    pub fn from_errors(errors: &[f64]) -> DistanceMetrics {
        let n = errors.len();
        if n == 0 {
            return DistanceMetrics::default();
        }
        let mut e = errors.to_vec();
        e.sort_by(f64::total_cmp);
        let median = if n % 2 == 1 {
            e[n / 2]
        } else {
            (e[n / 2 - 1] + e[n / 2]) / 2.0
        };
        let logs: Vec<f64> = e.iter().map(|x| (x + 1.0).ln()).collect();
        let auc = if n == 1 {
            logs[0] / (MAX_ERROR_KM + 1.0).ln()
        } else {
            let area: f64 = logs.windows(2).map(|w| (w[0] + w[1]) / 2.0).sum();
            area / ((n - 1) as f64 * (MAX_ERROR_KM + 1.0).ln())
        };
        DistanceMetrics {
            n,
            acc161: e.iter().filter(|x| **x <= 161.0).count() as f64 / n as f64,
            median_km: median,
            mean_km: e.iter().sum::<f64>() / n as f64,
            auc,
        }
    }
}

/// One scored gold toponym, for error analysis.
#[derive(Clone, Debug, PartialEq)]
pub struct Case {
    /// The gold phrase.
    pub text: String,
    /// The predicted place's name and country, or empty when missed.
    pub predicted: String,
    /// Error in km (20,039 when missed).
    pub km: f64,
    /// Index of the article in the corpus file.
    pub article: usize,
    /// Gold point (lat, lon).
    pub gold: (f64, f64),
    /// Predicted point (lat, lon), when found.
    pub point: Option<(f64, f64)>,
}

/// The evaluation report.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GeoReport {
    /// Corpus file name.
    pub corpus: String,
    /// Articles read.
    pub articles: usize,
    /// Text bytes.
    pub bytes: usize,
    /// Gold toponyms.
    pub gold: usize,
    /// Predicted places.
    pub predicted: usize,
    /// Predicted spans equal to a gold span.
    pub exact: usize,
    /// Gold toponyms overlapped by some prediction.
    pub found: usize,
    /// Gold offsets whose text did not slice on char boundaries (corpus damage, skipped).
    pub bad_offsets: usize,
    /// Distance metrics over found gold toponyms with coordinates.
    pub resolved: DistanceMetrics,
    /// Distance metrics over all gold toponyms with coordinates (missed ones at 20,039 km).
    pub end_to_end: DistanceMetrics,
    /// Seconds spent in the geoparser alone.
    pub resolve_seconds: f64,
    /// Seconds to load the gazetteer.
    pub load_seconds: f64,
    /// Every gold toponym with coordinates, with its error (not printed by `Display`).
    pub cases: Vec<Case>,
}

impl fmt::Display for GeoReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p = self.exact as f64 / self.predicted.max(1) as f64;
        let r = self.exact as f64 / self.gold.max(1) as f64;
        let f1 = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        writeln!(
            f,
            "corpus {}: {} articles, {} bytes, {} gold toponyms",
            self.corpus, self.articles, self.bytes, self.gold
        )?;
        writeln!(
            f,
            "spans (exact): predicted {}  precision {:.3}  recall {:.3}  F1 {:.3}",
            self.predicted, p, r, f1
        )?;
        writeln!(
            f,
            "toponym recall (gold overlapped by a prediction): {:.3} ({}/{})",
            self.found as f64 / self.gold.max(1) as f64,
            self.found,
            self.gold
        )?;
        for (label, m) in [
            ("found toponyms", &self.resolved),
            ("all gold (missed = 20039 km)", &self.end_to_end),
        ] {
            writeln!(
                f,
                "resolution over {label}: n {}  accuracy@161km {:.3}  median {:.1} km  mean {:.0} km  AUC {:.3}",
                m.n, m.acc161, m.median_km, m.mean_km, m.auc
            )?;
        }
        let mbs = self.bytes as f64 / 1e6 / self.resolve_seconds.max(1e-9);
        write!(
            f,
            "speed: geoparser {:.1} MB/s (one core, after segmentation); gazetteer load {:.0} ms",
            mbs,
            self.load_seconds * 1000.0
        )?;
        if self.bad_offsets > 0 {
            write!(
                f,
                "\nskipped gold offsets not on char boundaries: {}",
                self.bad_offsets
            )?;
        }
        Ok(())
    }
}

/// Evaluate the geoparser on a GeoVirus- or TR-News-style XML file (English).
pub fn eval_geo(path: &Path, options: Options) -> Result<GeoReport> {
    let t0 = Instant::now();
    let gaz = crate::embedded::gazetteer()?;
    let load_seconds = t0.elapsed().as_secs_f64();
    let mut report = eval_geo_with(gaz, path, options)?;
    report.load_seconds = load_seconds;
    Ok(report)
}

/// [`eval_geo`] with a given gazetteer (another build of it, for comparing builds); the
/// report's load time is 0.
pub fn eval_geo_with(gaz: &Gazetteer, path: &Path, options: Options) -> Result<GeoReport> {
    let parser = Geoparser::new(gaz, options);
    let pipeline = Pipeline::builder()
        .stage(LanguageStage::new(Some(Lang("en".into()))))
        .stage(SegmentStage)
        .build()?;
    let mut report = GeoReport {
        corpus: path
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default(),
        ..GeoReport::default()
    };
    let (mut resolved, mut end_to_end) = (Vec::new(), Vec::new());
    for (article, art) in read_geo_xml(path)?.into_iter().enumerate() {
        let mut doc = Document::new(Metadata::default(), normalize(&art.text, 0));
        pipeline.run(&mut doc)?;
        let t = Instant::now();
        let layer = parser.resolve(&doc);
        report.resolve_seconds += t.elapsed().as_secs_f64();
        report.articles += 1;
        report.bytes += art.text.len();
        // Character offsets of the input to byte offsets.
        let char_to_byte: Vec<usize> = art
            .text
            .char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(art.text.len()))
            .collect();
        let preds: Vec<(usize, usize, (f64, f64), String)> = layer
            .places
            .iter()
            .map(|p| {
                let s = doc.offsets().to_original(p.span.start()) as usize;
                let e = doc.offsets().to_original(p.span.end()) as usize;
                (
                    s,
                    e,
                    (p.lat, p.lon),
                    format!("{} ({}, {})", p.name, p.kind.as_str(), p.country),
                )
            })
            .collect();
        report.predicted += preds.len();
        for g in &art.toponyms {
            report.gold += 1;
            let (Some(&s), Some(&e)) = (char_to_byte.get(g.start), char_to_byte.get(g.end)) else {
                report.bad_offsets += 1;
                continue;
            };
            if preds.iter().any(|p| p.0 == s && p.1 == e) {
                report.exact += 1;
            }
            let hit = preds
                .iter()
                .filter(|p| p.0 < e && s < p.1)
                .max_by_key(|p| p.1.min(e) - p.0.max(s));
            if hit.is_some() {
                report.found += 1;
            }
            if let Some(gc) = g.coords {
                let text = art.text.get(s..e).unwrap_or("").to_string();
                match hit {
                    Some(p) => {
                        let d = haversine_km(gc, p.2);
                        resolved.push(d);
                        end_to_end.push(d);
                        report.cases.push(Case {
                            text,
                            predicted: p.3.clone(),
                            km: d,
                            article,
                            gold: gc,
                            point: Some(p.2),
                        });
                    }
                    None => {
                        end_to_end.push(MAX_ERROR_KM);
                        report.cases.push(Case {
                            text,
                            predicted: String::new(),
                            km: MAX_ERROR_KM,
                            article,
                            gold: gc,
                            point: None,
                        });
                    }
                }
            }
        }
    }
    report.resolved = DistanceMetrics::from_errors(&resolved);
    report.end_to_end = DistanceMetrics::from_errors(&end_to_end);
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn haversine_amsterdam_kabul() {
        let d = haversine_km((52.37, 4.89), (34.53, 69.17));
        assert!((d - 5_354.0).abs() < 5.0, "{d}");
    }

    #[test]
    fn metrics_of_known_errors() {
        let m = DistanceMetrics::from_errors(&[0.0, 100.0, 200.0, 1000.0]);
        assert_eq!(m.n, 4);
        assert!((m.acc161 - 0.5).abs() < 1e-9);
        assert!((m.median_km - 150.0).abs() < 1e-9);
        assert!(m.auc > 0.0 && m.auc < 1.0);
    }
}
