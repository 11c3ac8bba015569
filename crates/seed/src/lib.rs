//! A deterministic generator of a believable Nordic interim-management network: interim
//! managers with careers that make sense, clients with contacts, mandates in every stage.
//! No I/O: it yields domain values; the `interim seed` command writes them to a store.
//!
//! Every candidate is generated from `(seed, index)` alone, so a pool of any size streams in
//! constant memory and the same seed always gives the same network.

mod data;
pub mod judged;

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc};
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use domain::candidate::{
    Availability, InterimManager, LegalBasis, Mobility, Preferences, Provenance, SourceNetwork,
    Specialisation, TrackRecordEntry, TraitProfile, Vetting,
};
use domain::client::{Client, ClientContact};
use domain::ids::{ClientId, ContactId, UserId};
use domain::industry::{Industry, NaceSection};
use domain::language::{Language, LanguageSkill};
use domain::mandate::{Criterion, Mandate, Requirement, SituationAnalysis};
use domain::occupation::Role;
use domain::roles::RoleId;
use domain::values::{
    CountryCode, EmailAddress, Location, LongText, Money, Period, PersonName, Rating, ShortText,
};
use domain::vocabulary::{
    CompanySize, Engagement, Importance, Level, MandateStatus, Proficiency, ProfileKind, Sector,
    Trait, VettingStatus,
};

/// The partner network most candidates come through, as named in the provider's own material.
pub const PARTNER_NETWORK: &str = "Globalise";

/// Streams of the random generator, so that candidates, clients and mandates never share
/// numbers and adding one kind never changes another.
const CLIENT_STREAM: u64 = 1 << 62;
const MANDATE_STREAM: u64 = 1 << 61;

/// The generator: a seed and the day the network is generated "as of" (availability, ages
/// and expiries are relative to it).
#[derive(Debug, Clone, Copy)]
pub struct Generator {
    seed: u64,
    today: NaiveDate,
}

/// A generated client with its contacts.
#[derive(Debug, Clone)]
pub struct GeneratedClient {
    /// The company.
    pub client: Client,
    /// Its contact people (their `client_id` is filled in when stored).
    pub contacts: Vec<ContactDraft>,
}

/// A contact person before the company has an id.
#[derive(Debug, Clone)]
pub struct ContactDraft {
    /// Full name.
    pub name: PersonName,
    /// Title.
    pub title: ShortText,
    /// E-mail.
    pub email: EmailAddress,
    /// Phone.
    pub phone: Option<ShortText>,
}

impl ContactDraft {
    /// The contact, bound to its stored company.
    pub fn at(&self, client_id: ClientId) -> ClientContact {
        ClientContact {
            client_id,
            name: self.name.clone(),
            title: self.title.clone(),
            email: self.email.clone(),
            phone: self.phone.clone(),
        }
    }
}

/// Shorthand for the generator's own text, which is valid by construction; a failure here is
/// a bug in the word lists, caught by the tests.
fn short(s: &str) -> ShortText {
    ShortText::parse(s).unwrap_or_else(|e| panic!("generated text '{s}' invalid: {e}"))
}

fn long(s: &str) -> LongText {
    LongText::parse(s).unwrap_or_else(|e| panic!("generated text invalid: {e}"))
}

fn weighted<'a, T>(rng: &mut ChaCha8Rng, items: &'a [T], weight: impl Fn(&T) -> u32) -> &'a T {
    let total: u32 = items.iter().map(&weight).sum();
    let mut pick = rng.random_range(0..total);
    for item in items {
        let w = weight(item);
        if pick < w {
            return item;
        }
        pick -= w;
    }
    &items[items.len() - 1]
}

fn pick<'a, T>(rng: &mut ChaCha8Rng, items: &'a [T]) -> &'a T {
    items
        .choose(rng)
        .unwrap_or_else(|| panic!("empty word list"))
}

fn role(code: &str) -> RoleId {
    RoleId::from_code(code).unwrap_or_else(|| panic!("role table names unknown role {code}"))
}

fn lang(code: &str) -> Language {
    Language::parse(code).unwrap_or_else(|e| panic!("unknown language {code}: {e}"))
}

fn fill(template: &str, rng: &mut ChaCha8Rng, skill: &str) -> String {
    template
        .replace("{a}", &rng.random_range(3..40).to_string())
        .replace("{b}", &rng.random_range(5..60).to_string())
        .replace("{s}", skill)
}

fn section_of(c: char) -> NaceSection {
    NaceSection::parse(&c.to_string()).unwrap_or_else(|e| panic!("bad section {c}: {e}"))
}

fn random_industry(rng: &mut ChaCha8Rng) -> Industry {
    let section = section_of(weighted(rng, data::SECTION_WEIGHTS, |(_, w)| *w).0);
    let range = section.divisions();
    let division = rng.random_range(*range.start()..=*range.end());
    Industry::division(division).unwrap_or_else(|_| Industry::section_only(section))
}

fn sector_for(rng: &mut ChaCha8Rng, industry: Industry) -> Sector {
    let public_share = match industry.section() {
        NaceSection::O | NaceSection::P | NaceSection::Q => 85,
        NaceSection::D | NaceSection::E | NaceSection::H => 30,
        _ => 3,
    };
    if rng.random_range(0..100) < public_share {
        Sector::Public
    } else {
        Sector::Private
    }
}

fn size_for(rng: &mut ChaCha8Rng, level: Level) -> CompanySize {
    use CompanySize::*;
    let choices: &[CompanySize] = match level {
        Level::Executive => &[Small, Medium, Medium, Large, Large, Enterprise],
        Level::MiddleManagement => &[Medium, Large, Large, Enterprise, Enterprise],
        Level::ProjectLeadership => &[Medium, Large, Enterprise, Enterprise],
    };
    *pick(rng, choices)
}

fn company_name(rng: &mut ChaCha8Rng, industry: Industry, country: &str) -> String {
    let section = industry.section().code().chars().next().unwrap_or('S');
    let stem = pick(rng, data::COMPANY_STEMS);
    let suffix = pick(rng, data::company_suffix(section));
    let form = match country {
        "SE" => " AB",
        "DK" => " A/S",
        "FI" => " Oy",
        "DE" => " GmbH",
        "GB" => " Ltd",
        "NL" => " B.V.",
        _ => " AS",
    };
    if section == 'O' || section == 'Q' || section == 'P' {
        format!("{stem} {suffix}")
    } else {
        format!("{stem} {suffix}{form}")
    }
}

fn day(rng: &mut ChaCha8Rng, from: NaiveDate, to: NaiveDate) -> NaiveDate {
    let span = (to - from).num_days().max(0);
    from + Duration::days(rng.random_range(0..=span))
}

impl Generator {
    /// A generator for `seed`, generating as of `today`.
    pub fn new(seed: u64, today: NaiveDate) -> Self {
        Self { seed, today }
    }

    /// The day the network is generated as of.
    pub fn today(&self) -> NaiveDate {
        self.today
    }

    fn rng(&self, stream: u64) -> ChaCha8Rng {
        let mut rng = ChaCha8Rng::seed_from_u64(self.seed);
        rng.set_stream(stream);
        rng
    }

    fn noon(&self, day: NaiveDate) -> DateTime<Utc> {
        Utc.from_utc_datetime(&day.and_hms_opt(12, 0, 0).unwrap_or_default())
    }

    /// The `index`-th interim manager of the network; the same seed and index always give the
    /// same person.
    pub fn candidate(&self, index: u64) -> InterimManager {
        let rng = &mut self.rng(index);
        let today = self.today;
        let (country, _, native) = *weighted(rng, data::COUNTRIES, |c| c.1);
        let cities: Vec<&data::City> = data::CITIES.iter().filter(|c| c.1 == country).collect();
        let city = *weighted(rng, &cities, |c| c.4);
        let first = pick(rng, data::first_names(country));
        let last = pick(rng, data::surnames(country));
        let name = format!("{first} {last}");
        let email = format!(
            "{}.{}{}@example.{}",
            ascii_slug(first),
            ascii_slug(last),
            index,
            country.to_ascii_lowercase()
        );

        let family_row = weighted(rng, data::FAMILIES, |f| f.1);
        let (family, ladder, interim_roles) = (family_row.0, family_row.2, family_row.3);
        let years = rng.random_range(12..=35i64);
        let birth_year = (today.year() as i64 - 27 - years - rng.random_range(0..4)) as u16;
        let home_industries: Vec<Industry> = (0..rng.random_range(1..=2))
            .map(|_| random_industry(rng))
            .collect();
        let skills: Vec<&str> = {
            let all = data::family_skills(family);
            let mut chosen: Vec<&str> = all.choose_multiple(rng, 4).copied().collect();
            chosen.sort_unstable();
            chosen
        };

        // A career: permanent roles up the ladder, then interim assignments, newest first.
        let career_start = today - Duration::days(years * 365);
        let interim_years = rng.random_range(2..=(years / 2).clamp(3, 12));
        let interim_start = today - Duration::days(interim_years * 365);
        let mut track: Vec<TrackRecordEntry> = Vec::new();
        // The catalogue role of each entry, beside it.
        let mut held: Vec<RoleId> = Vec::new();
        let steps = ladder.len();
        let perm_span = (interim_start - career_start).num_days().max(365);
        for (i, code) in ladder.iter().enumerate() {
            let r = role(code);
            let industry = *pick(rng, &home_industries);
            let level = r.info().level;
            let start = career_start + Duration::days(perm_span * i as i64 / steps as i64);
            let end = career_start + Duration::days(perm_span * (i as i64 + 1) / steps as i64 - 30);
            let skill = pick(rng, &skills);
            held.push(r);
            track.push(TrackRecordEntry {
                engagement: Engagement::Permanent,
                role: Role::curated(r, r.title()),
                organisation: Some(short(&company_name(rng, industry, country))),
                industry: Some(industry),
                company_size: Some(size_for(rng, level)),
                sector: Some(sector_for(rng, industry)),
                level: Some(level),
                situation: None,
                start: Some(start),
                end: Some(end.max(start)),
                achievements: long(&fill(
                    pick::<&str>(rng, data::PERMANENT_ACHIEVEMENTS),
                    rng,
                    skill,
                )),
                client_rating: None,
            });
        }
        let mut cursor = interim_start;
        while cursor < today - Duration::days(60) {
            let r = role(pick::<&str>(rng, interim_roles));
            let industry = if rng.random_range(0..10) < 8 {
                *pick(rng, &home_industries)
            } else {
                random_industry(rng)
            };
            let situation = *pick(rng, data::family_situations(family));
            let months = rng.random_range(3..=14i64);
            let start = cursor + Duration::days(rng.random_range(30..210));
            let end = start + Duration::days(months * 30);
            if end > today + Duration::days(120) {
                break;
            }
            let skill = pick(rng, &skills);
            let level = r.info().level;
            let rating = match rng.random_range(0..20) {
                0 => Some(3),
                1..=7 => Some(4),
                8..=16 => Some(5),
                _ => None,
            };
            held.push(r);
            track.push(TrackRecordEntry {
                engagement: Engagement::Interim,
                role: Role::curated(r, &format!("Interim {}", r.title())),
                organisation: Some(short(&company_name(rng, industry, country))),
                industry: Some(industry),
                company_size: Some(size_for(rng, level)),
                sector: Some(sector_for(rng, industry)),
                level: Some(level),
                situation: Some(situation),
                start: Some(start),
                end: Some(end),
                achievements: long(&fill(
                    pick::<&str>(rng, data::achievements(situation)),
                    rng,
                    skill,
                )),
                client_rating: rating.map(|r| Rating::parse(r).unwrap_or_else(|e| panic!("{e}"))),
            });
            cursor = end;
        }
        track.reverse();
        held.reverse();

        let specialisation = Specialisation::of(&track);
        let newest = &track[0];
        let top_level = known(newest.level);
        let profile_kind = match rng.random_range(0..100) {
            0..=84 => ProfileKind::InterimLeader,
            85..=94 => ProfileKind::Consultant,
            _ => ProfileKind::Administrator,
        };
        let source =
            if country == "NO" && rng.random_range(0..100) < 45 || rng.random_range(0..100) < 4 {
                SourceNetwork::Own
            } else {
                SourceNetwork::Partner(short(PARTNER_NETWORK))
            };
        let (status, qualified_until) = match rng.random_range(0..100) {
            0..=49 => (
                VettingStatus::Qualified,
                Some(day(
                    rng,
                    today - Duration::days(20),
                    today + Duration::days(700),
                )),
            ),
            50..=64 => (VettingStatus::InProgress, None),
            65..=89 => (VettingStatus::Unvetted, None),
            90..=94 => (VettingStatus::OnHold, None),
            _ => (VettingStatus::NotQualified, None),
        };
        let traits = (status != VettingStatus::Unvetted).then(|| {
            let base: i32 = if status == VettingStatus::NotQualified {
                28
            } else {
                38
            };
            let mut scores = [0u8; 7];
            for s in &mut scores {
                *s = (base + rng.random_range(-8..=10)).clamp(10, 50) as u8;
            }
            TraitProfile(scores)
        });

        let rate_base: u32 = match top_level {
            Level::Executive => 13_000,
            Level::MiddleManagement => 9_000,
            Level::ProjectLeadership => 10_000,
        };
        let day_rate =
            Money::nok(((rate_base + years as u32 * 150 + rng.random_range(0..4_000)) / 100) * 100);

        let mut languages = vec![LanguageSkill {
            language: lang(native),
            level: Proficiency::Native,
        }];
        if native != "en" {
            languages.push(LanguageSkill {
                language: lang("en"),
                level: *pick(
                    rng,
                    &[
                        Proficiency::B2,
                        Proficiency::C1,
                        Proficiency::C1,
                        Proficiency::C2,
                    ],
                ),
            });
        }
        let neighbours: &[&str] = match native {
            "no" => &["sv", "da", "de"],
            "sv" => &["no", "da", "fi", "de"],
            "da" => &["no", "sv", "de"],
            "fi" => &["sv", "de"],
            "de" => &["fr", "nl", "sv"],
            "nl" => &["de", "fr"],
            _ => &["fr", "de", "es"],
        };
        if rng.random_range(0..100) < 55 {
            let extra = lang(pick::<&str>(rng, neighbours));
            languages.push(LanguageSkill {
                language: extra,
                level: *pick(rng, &[Proficiency::B1, Proficiency::B2, Proficiency::C1]),
            });
        }

        let available_from = today + Duration::days(rng.random_range(-60..=200));
        let unavailable = if rng.random_range(0..4) == 0 {
            let s = today + Duration::days(rng.random_range(10..250));
            vec![Period::of_days(s, rng.random_range(7..45))]
        } else {
            Vec::new()
        };
        let confirmed = today - Duration::days(rng.random_range(0..120));

        let situations_text: Vec<&str> = specialisation
            .situations
            .iter()
            .take(2)
            .map(|s| s.label())
            .collect();
        let headline = format!(
            "{} · {} · {}",
            held[0].title(),
            known(newest.industry).section().label(),
            situations_text
                .first()
                .copied()
                .unwrap_or("Interim leadership"),
        );
        let interim_count = track
            .iter()
            .filter(|t| t.engagement == Engagement::Interim)
            .count();
        let summary = format!(
            "{} with {} years of leadership experience and {} interim assignments, most recently as {} at {}. Known for {} and {}. Experience from {} and {} companies in the {} sector. {}",
            held[0].title(),
            years,
            interim_count,
            newest.role.title(),
            known(newest.organisation.as_ref()),
            skills[0],
            skills[1],
            known(newest.industry).section().label().to_lowercase(),
            known(newest.company_size).label().to_lowercase(),
            known(newest.sector)
                .label()
                .to_lowercase()
                .replace(" sector", ""),
            if situations_text.is_empty() {
                String::new()
            } else {
                format!(
                    "Has handled: {}.",
                    situations_text.join(", ").to_lowercase()
                )
            },
        );
        let degree = *pick(
            rng,
            &[
                "MSc in Business Administration",
                "MSc in Engineering",
                "Master of Economics",
                "Siviløkonom",
                "Sivilingeniør",
                "MBA",
                "State Authorised Public Accountant",
                "Master of Law",
            ],
        );
        let cv_text = format!(
            "Education: {degree}. Methods and tools: {}. Board experience: {}. Languages: {}.",
            skills.join(", "),
            if years > 20 {
                "several board seats in portfolio companies"
            } else {
                "observer on one board"
            },
            languages
                .iter()
                .map(|l| format!("{} ({})", l.language.name(), l.level.label()))
                .collect::<Vec<_>>()
                .join(", "),
        );

        InterimManager {
            name: PersonName::parse(&name).unwrap_or_else(|e| panic!("{e}")),
            email: EmailAddress::parse(&email).unwrap_or_else(|e| panic!("{email}: {e}")),
            phone: Some(short(&format!(
                "+{} {:03} {:02} {:03}",
                dial_code(country),
                rng.random_range(400..999),
                rng.random_range(10..99),
                rng.random_range(100..999)
            ))),
            birth_year: Some(birth_year),
            profile_kind,
            source,
            vetting: Vetting {
                status,
                qualified_until,
            },
            headline: short(&headline),
            summary: long(&summary),
            cv_text: long(&cv_text),
            track_record: track,
            availability: Availability {
                available_from,
                days_per_week: *pick(rng, &[5, 5, 5, 5, 4, 3]),
                unavailable,
                confirmed_at: Some(self.noon(confirmed)),
            },
            day_rate,
            languages,
            home: Location::new(
                short(city.0),
                CountryCode::parse(city.1).unwrap_or_else(|e| panic!("{e}")),
                round5(city.2 + rng.random_range(-0.05..0.05)),
                round5(city.3 + rng.random_range(-0.08..0.08)),
            )
            .unwrap_or_else(|e| panic!("{e}")),
            mobility: Mobility {
                relocate: rng.random_range(0..100) < 25,
                travel: rng.random_range(0..100) < 70,
                remote: rng.random_range(0..100) < 60,
                max_commute_km: *pick(rng, &[30, 50, 80, 120]),
            },
            specialisation,
            traits,
            preferences: Preferences {
                min_weeks: *pick(rng, &[4, 8, 12]),
                max_weeks: *pick(rng, &[26, 52, 78, 104]),
                remote_days: rng.random_range(0..=2),
            },
            consent_until: Some(if rng.random_range(0..100) < 3 {
                today - Duration::days(rng.random_range(1..200))
            } else {
                today + Duration::days(rng.random_range(100..1000))
            }),
            external_id: None,
            basis: LegalBasis::Consent,
            provenance: Provenance::default(),
        }
    }

    /// `count` client companies with one to three contacts each, mostly Norwegian.
    pub fn clients(&self, count: usize) -> Vec<GeneratedClient> {
        let rng = &mut self.rng(CLIENT_STREAM);
        let titles = [
            "Chair of the Board",
            "CEO",
            "HR Director",
            "CFO",
            "Owner",
            "Head of Operations",
        ];
        (0..count)
            .map(|i| {
                let industry = random_industry(rng);
                let sector = sector_for(rng, industry);
                let cities: Vec<&data::City> =
                    data::CITIES.iter().filter(|c| c.1 == "NO").collect();
                let city = *weighted(rng, &cities, |c| c.4);
                let size = *pick(
                    rng,
                    &[
                        CompanySize::Small,
                        CompanySize::Medium,
                        CompanySize::Medium,
                        CompanySize::Large,
                        CompanySize::Large,
                        CompanySize::Enterprise,
                    ],
                );
                let name = company_name(rng, industry, "NO");
                let domain_part = ascii_slug(&name.replace(' ', ""));
                let contacts = (0..rng.random_range(1..=3))
                    .map(|j| {
                        let first = pick(rng, data::first_names("NO"));
                        let last = pick(rng, data::surnames("NO"));
                        ContactDraft {
                            name: PersonName::parse(&format!("{first} {last}"))
                                .unwrap_or_else(|e| panic!("{e}")),
                            title: short(titles[(i + j) % titles.len()]),
                            email: EmailAddress::parse(&format!(
                                "{}.{}{j}@{domain_part}{i}.example.no",
                                ascii_slug(first),
                                ascii_slug(last)
                            ))
                            .unwrap_or_else(|e| panic!("{e}")),
                            phone: Some(short(&format!(
                                "+47 9{:02} {:02} {:03}",
                                rng.random_range(0..99),
                                rng.random_range(10..99),
                                rng.random_range(100..999)
                            ))),
                        }
                    })
                    .collect();
                GeneratedClient {
                    client: Client {
                        name: short(&name),
                        org_number: Some(short(&format!(
                            "9{:08}",
                            rng.random_range(0..100_000_000u32)
                        ))),
                        industry,
                        size,
                        sector,
                        city: short(city.0),
                        excluded_candidates: Vec::new(),
                    },
                    contacts,
                }
            })
            .collect()
    }

    /// `count` mandates for the given stored clients (id, client, contact ids), spread over
    /// every status, opened over the last weeks so the 10-day clock shows every state.
    pub fn mandates(
        &self,
        clients: &[(ClientId, Client, Vec<ContactId>)],
        consultants: &[UserId],
        count: usize,
    ) -> Vec<Mandate> {
        let rng = &mut self.rng(MANDATE_STREAM);
        let now = self.noon(self.today);
        let roles_wanted = [
            "cfo",
            "cfo",
            "ceo",
            "ceo",
            "coo",
            "plant_manager",
            "plant_manager",
            "project_director",
            "programme_manager",
            "cio",
            "chro",
            "cco",
            "supply_chain_director",
            "controller",
            "transformation_director",
            "cro",
            "sales_director",
            "hospital_director",
            "municipal_director",
            "quality_manager",
            "cpo",
            "cdo",
            "logistics_manager",
        ];
        (0..count)
            .map(|i| {
                let (client_id, client, contacts) = &clients[i % clients.len()];
                let r = role(pick::<&str>(rng, &roles_wanted));
                let family = r.info().family;
                let situation = *pick(rng, data::family_situations(family));
                let (state, goals, challenges) = data::mandate_story(situation);
                let skill = *pick(rng, data::family_skills(family));
                let status = match i % 10 {
                    0 => MandateStatus::Intake,
                    1..=4 => MandateStatus::Search,
                    5 | 6 => MandateStatus::Shortlist,
                    7 | 8 => MandateStatus::Placed,
                    _ => MandateStatus::Cancelled,
                };
                let age_days = match status {
                    MandateStatus::Intake => rng.random_range(0..2),
                    MandateStatus::Search => rng.random_range(1..12),
                    MandateStatus::Shortlist => rng.random_range(4..14),
                    _ => rng.random_range(10..120),
                };
                let opened_at = now - Duration::days(age_days) - Duration::hours(rng.random_range(0..8));
                let shortlist_presented_at = matches!(status, MandateStatus::Shortlist | MandateStatus::Placed)
                    .then(|| opened_at + Duration::days(rng.random_range(3..=(age_days.clamp(4, 9)))));
                let placed_at = (status == MandateStatus::Placed)
                    .then(|| shortlist_presented_at.unwrap_or(opened_at) + Duration::days(rng.random_range(1..=4)));
                let cities: Vec<&data::City> = data::CITIES.iter().filter(|c| c.1 == "NO").collect();
                let city = *weighted(rng, &cities, |c| c.4);
                let mut requirements = vec![Requirement {
                    importance: Importance::MustHave,
                    criterion: Criterion::Language { language: lang("no"), min_level: Proficiency::C1 },
                }];
                if rng.random_range(0..2) == 0 {
                    requirements.push(Requirement {
                        importance: Importance::NiceToHave,
                        criterion: Criterion::Industry { industry: client.industry },
                    });
                }
                requirements.push(Requirement {
                    importance: Importance::NiceToHave,
                    criterion: Criterion::Skill { text: short(skill) },
                });
                if rng.random_range(0..3) == 0 {
                    requirements[0] = Requirement {
                        importance: Importance::MustHave,
                        criterion: Criterion::Language { language: lang("en"), min_level: Proficiency::C1 },
                    };
                    requirements.push(Requirement {
                        importance: Importance::NiceToHave,
                        criterion: Criterion::Language { language: lang("no"), min_level: Proficiency::B2 },
                    });
                }
                let start_date = opened_at.date_naive() + Duration::days(rng.random_range(14..45));
                Mandate {
                    client_id: *client_id,
                    contact_id: contacts.first().copied(),
                    consultant_id: consultants.get(i % consultants.len().max(1)).copied(),
                    title: short(&format!("Interim {} – {}", r.title(), situation.label().to_lowercase())),
                    role: Role::curated(r, r.title()),
                    level: r.info().level,
                    situation,
                    analysis: SituationAnalysis {
                        current_state: long(&format!("{} {} is a {} company in {}.", state, client.name, client.size.label().to_lowercase(), client.industry.section().label().to_lowercase())),
                        goals: long(goals),
                        challenges: long(challenges),
                        stakeholders: long("Board of directors, owners, management group, employee representatives and the main bank."),
                        success_criteria: long(&format!("Measurable progress within six months; experience with {skill} is an advantage; a smooth handover at the end.")),
                    },
                    requirements,
                    start_date,
                    duration_weeks: *pick(rng, &[12, 16, 26, 26, 39, 52]),
                    budget_day_rate: Money::nok(match r.info().level {
                        Level::Executive => rng.random_range(14..=22) * 1_000,
                        Level::MiddleManagement => rng.random_range(10..=15) * 1_000,
                        Level::ProjectLeadership => rng.random_range(11..=17) * 1_000,
                    }),
                    location: Location::new(
                        short(city.0),
                        CountryCode::parse("NO").unwrap_or_else(|e| panic!("{e}")),
                        city.2,
                        city.3,
                    )
                    .unwrap_or_else(|e| panic!("{e}")),
                    on_site_days: *pick(rng, &[3, 4, 4, 5, 5]),
                    status,
                    opened_at,
                    shortlist_presented_at,
                    placed_at,
                }
            })
            .collect()
    }
}

/// A detail every generated track-record entry has.
fn known<T>(detail: Option<T>) -> T {
    detail.expect("a generated track-record entry has every detail")
}

/// Coordinates to five decimals, about a metre: as precise as an address needs.
fn round5(x: f64) -> f64 {
    (x * 100_000.0).round() / 100_000.0
}

fn dial_code(country: &str) -> u16 {
    match country {
        "SE" => 46,
        "DK" => 45,
        "FI" => 358,
        "DE" => 49,
        "GB" => 44,
        "NL" => 31,
        _ => 47,
    }
}

/// Lower-case ASCII for e-mail addresses: Nordic letters spelled out, the rest dropped.
fn ascii_slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        match c {
            'æ' | 'ä' => out.push_str("ae"),
            'ø' | 'ö' => out.push_str("oe"),
            'å' => out.push_str("aa"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            'é' | 'è' => out.push('e'),
            'ó' => out.push('o'),
            c if c.is_ascii_alphanumeric() => out.push(c),
            _ => {}
        }
    }
    out
}

/// The `index`-th candidate for `seed`, as of `today`: shorthand for
/// `Generator::new(seed, today).candidate(index)`.
pub fn candidate(seed: u64, today: NaiveDate, index: u64) -> InterimManager {
    Generator::new(seed, today).candidate(index)
}

/// Trait order check used by tests: the generator writes profiles in `Trait::ALL` order.
pub const TRAITS: usize = Trait::ALL.len();

#[cfg(test)]
mod tests {
    use super::*;

    fn generator() -> Generator {
        Generator::new(42, NaiveDate::from_ymd_opt(2026, 11, 22).expect("date"))
    }

    #[test]
    fn candidates_are_deterministic_and_valid() {
        let g = generator();
        for i in 0..2_000 {
            let a = g.candidate(i);
            assert_eq!(a, g.candidate(i), "candidate {i} differs between runs");
            a.check()
                .unwrap_or_else(|e| panic!("candidate {i} invalid: {e}"));
            assert!(!a.track_record.is_empty());
            assert!(
                a.track_record.windows(2).all(|w| w[0].start >= w[1].start),
                "newest first"
            );
        }
        assert_ne!(g.candidate(1), g.candidate(2));
        assert_ne!(g.candidate(1), Generator::new(43, g.today()).candidate(1));
    }

    #[test]
    fn careers_make_sense() {
        let g = generator();
        let mut cfo_from_finance = 0;
        for i in 0..2_000 {
            let c = g.candidate(i);
            if c.current_role()
                .is_some_and(|r| r.title().ends_with("Chief Financial Officer"))
            {
                let finance_before = c
                    .track_record
                    .iter()
                    .any(|t| ["Finance Manager", "Financial Controller"].contains(&t.role.title()));
                cfo_from_finance += usize::from(finance_before);
            }
            let exec_rate = c.track_record[0].level == Some(Level::Executive);
            if exec_rate {
                assert!(c.day_rate.amount >= 13_000, "executive at {}", c.day_rate);
            }
        }
        assert!(
            cfo_from_finance > 50,
            "CFOs should have a finance career behind them"
        );
    }

    #[test]
    fn the_network_has_every_kind_of_member() {
        let g = generator();
        let people: Vec<_> = (0..3_000).map(|i| g.candidate(i)).collect();
        for kind in ProfileKind::ALL {
            assert!(people.iter().any(|p| p.profile_kind == *kind), "no {kind}");
        }
        for status in VettingStatus::ALL {
            assert!(
                people.iter().any(|p| p.vetting.status == *status),
                "no {status}"
            );
        }
        let own = people.iter().filter(|p| p.source.is_own()).count();
        assert!((100..1_000).contains(&own), "own network share off: {own}");
        assert!(people.iter().any(|p| p.vetting.is_expired_on(g.today())));
    }

    #[test]
    fn mandates_cover_every_status_and_parse_back() {
        let g = generator();
        let clients: Vec<_> = g
            .clients(20)
            .into_iter()
            .enumerate()
            .map(|(i, c)| {
                (
                    ClientId(i as i64 + 1),
                    c.client,
                    vec![ContactId(i as i64 + 1)],
                )
            })
            .collect();
        let mandates = g.mandates(&clients, &[UserId(1)], 40);
        for status in MandateStatus::ALL {
            assert!(
                mandates.iter().any(|m| m.status == *status),
                "no mandate in {status}"
            );
        }
        for m in &mandates {
            m.check()
                .unwrap_or_else(|e| panic!("generated mandate invalid: {e}"));
            if let (Some(s), Some(p)) = (m.shortlist_presented_at, m.placed_at) {
                assert!(s <= p && m.opened_at <= s);
            }
        }
    }
}
