//! Territorial control claims and quantitative attributes.

use serde::{Deserialize, Serialize};

use crate::span::{Span, Spanned};

/// Status of a control claim (SCHEMA.md `control[].status`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ControlStatus {
    /// The actor holds the region.
    Held,
    /// The region is fought over; the actor is one side.
    Contested,
    /// The actor took the region at `from`.
    Captured,
    /// The actor lost or left the region at `from`.
    Lost,
    /// The actor claims the region; the text does not confirm it.
    Claimed,
}

impl ControlStatus {
    /// The SCHEMA.md string.
    pub fn as_str(self) -> &'static str {
        match self {
            ControlStatus::Held => "held",
            ControlStatus::Contested => "contested",
            ControlStatus::Captured => "captured",
            ControlStatus::Lost => "lost",
            ControlStatus::Claimed => "claimed",
        }
    }
}

/// Who holds which ground from when, and the sentences that say so.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ControlClaim {
    /// ISO 3166-2 code of an admin-1 region (`AF-PAN`) or ISO 3166-1 alpha-2 of a country.
    pub region: String,
    /// The region's name.
    pub region_name: String,
    /// Actor id; `None` when the text does not say who.
    pub actor: Option<String>,
    /// Status.
    pub status: ControlStatus,
    /// Start of the claim (TIMEX3 value such as `2021-08`).
    pub from: Option<String>,
    /// End of the claim, when the text says it ended.
    pub to: Option<String>,
    /// First possible day of `from`.
    pub earliest: Option<String>,
    /// Last possible day of `to` (or of `from` when open).
    pub latest: Option<String>,
    /// Regions (ISO 3166-2 codes) inside `region` that the claim does not cover: "the Taliban
    /// took the country; only Panjshir still resists" gives `AF` captured with `["AF-PAN"]`.
    pub exceptions: Vec<String>,
    /// The claim is historical background.
    pub historical: bool,
    /// Evidence sentences.
    pub evidence: Vec<Span>,
    /// Indices of the events it derives from.
    pub events: Vec<u32>,
    /// Confidence in `[0, 1]`.
    pub confidence: f32,
}

impl Spanned for ControlClaim {
    fn span(&self) -> Span {
        self.evidence.first().copied().unwrap_or_default()
    }
}

/// The control claims of a document.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ControlLayer {
    /// Claims in order of evidence.
    pub claims: Vec<ControlClaim>,
}

/// The subject an attribute describes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AttributeSubject {
    /// The subject phrase as written ("De vallei").
    pub text: String,
    /// Where it is.
    pub span: Span,
    /// ISO 3166-2 or alpha-2 code of the place it resolves to.
    pub place: Option<String>,
    /// Actor id it resolves to.
    pub actor: Option<String>,
}

/// A quantity tied to its subject ("De vallei telt 150.000 inwoners").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Attribute {
    /// What is described.
    pub subject: AttributeSubject,
    /// Attribute name (`population`, `dead`, `injured`, `displaced`, `troops`, `area_km2`, …).
    pub name: String,
    /// The value.
    pub value: f64,
    /// The value is approximate or a bound ("ruim", "amper", "about", "more than").
    pub approximate: bool,
    /// Where the quantity is stated (the clause or sentence).
    pub span: Span,
}

impl Spanned for Attribute {
    fn span(&self) -> Span {
        self.span
    }
}

/// The attributes of a document.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AttributeLayer {
    /// Attributes in text order.
    pub attributes: Vec<Attribute>,
}
