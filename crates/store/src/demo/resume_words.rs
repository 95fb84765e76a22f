//! Word lists for demo resumes: career tracks, companies, schools and the sentences of a job.
//! Company and school names avoid skill names, job-title words and places, so that the parser
//! reads back exactly the jobs and skills the generator wrote.

/// A kind of engineer: the titles of a career from junior to principal, the skills every such
/// engineer has and the ones some of them add.
pub(super) struct Track {
    /// The noun for the summary line ("Backend engineer with 9 years …").
    pub noun: &'static str,
    /// Six rungs: under a year, 1–3, 3–5, 5–9, 9–13 and 13+ years of experience.
    pub ladder: [&'static str; 6],
    pub intern: &'static str,
    /// Taxonomy names; the first is the language that picks the track.
    pub core: &'static [&'static str],
    pub extras: &'static [&'static str],
}

const BACKEND: [&str; 6] = [
    "Junior Software Engineer",
    "Software Engineer",
    "Backend Engineer",
    "Senior Backend Engineer",
    "Staff Engineer",
    "Principal Engineer",
];
const SYSTEMS: [&str; 6] = [
    "Junior Software Engineer",
    "Software Engineer",
    "Systems Engineer",
    "Senior Systems Engineer",
    "Staff Engineer",
    "Principal Engineer",
];

pub(super) const TRACKS: &[Track] = &[
    Track {
        noun: "Backend engineer",
        ladder: BACKEND,
        intern: "Software Engineering Intern",
        core: &["Go", "PostgreSQL", "gRPC"],
        extras: &[
            "Kafka",
            "Redis",
            "Docker",
            "Kubernetes",
            "Prometheus",
            "Microservices",
            "Distributed systems",
            "REST",
        ],
    },
    Track {
        noun: "Backend engineer",
        ladder: BACKEND,
        intern: "Software Engineering Intern",
        core: &["Java", "Spring Boot", "PostgreSQL"],
        extras: &["Kafka", "Hibernate", "Docker", "Kubernetes", "Microservices", "Redis", "MySQL", "REST"],
    },
    Track {
        noun: "Backend engineer",
        ladder: BACKEND,
        intern: "Software Engineering Intern",
        core: &["Kotlin", "Spring Boot", "PostgreSQL"],
        extras: &["Java", "Kafka", "Docker", "Kubernetes", "gRPC", "Event-driven architecture", "Redis"],
    },
    Track {
        noun: "Backend engineer",
        ladder: BACKEND,
        intern: "Software Engineering Intern",
        core: &["Python", "Django", "PostgreSQL"],
        extras: &["FastAPI", "Redis", "Docker", "RabbitMQ", "REST", "Amazon SQS", "Kubernetes"],
    },
    Track {
        noun: "Systems engineer",
        ladder: SYSTEMS,
        intern: "Software Engineering Intern",
        core: &["Rust", "Tokio", "PostgreSQL"],
        extras: &["Axum", "gRPC", "Kafka", "Linux", "Docker", "Distributed systems", "WebAssembly"],
    },
    Track {
        noun: "Full-stack engineer",
        ladder: [
            "Junior Developer",
            "Software Developer",
            "Full-Stack Engineer",
            "Senior Full-Stack Engineer",
            "Lead Engineer",
            "Principal Engineer",
        ],
        intern: "Web Developer Intern",
        core: &["TypeScript", "Node.js", "PostgreSQL"],
        extras: &["React", "GraphQL", "Redis", "Docker", "REST", "Next.js", "MongoDB"],
    },
    Track {
        noun: "Platform engineer",
        ladder: [
            "Junior DevOps Engineer",
            "DevOps Engineer",
            "Platform Engineer",
            "Senior Site Reliability Engineer",
            "Staff Platform Engineer",
            "Principal Engineer",
        ],
        intern: "Infrastructure Intern",
        core: &["Kubernetes", "Terraform", "Prometheus"],
        extras: &["Go", "Python", "Helm", "Grafana", "Argo CD", "Linux", "Incident management", "Ansible", "Docker"],
    },
    Track {
        noun: "Data engineer",
        ladder: [
            "Junior Data Engineer",
            "Data Engineer",
            "Data Engineer",
            "Senior Data Engineer",
            "Lead Data Engineer",
            "Principal Data Engineer",
        ],
        intern: "Data Engineering Intern",
        core: &["Python", "Apache Spark", "Apache Airflow"],
        extras: &["Kafka", "dbt", "BigQuery", "Snowflake", "SQL", "Scala", "PostgreSQL", "Docker"],
    },
    Track {
        noun: "Backend engineer",
        ladder: BACKEND,
        intern: "Software Engineering Intern",
        core: &["Elixir", "Phoenix", "PostgreSQL"],
        extras: &["Erlang", "Redis", "Docker", "Kubernetes", "RabbitMQ"],
    },
    Track {
        noun: "Systems engineer",
        ladder: SYSTEMS,
        intern: "Software Engineering Intern",
        core: &["C++", "Linux", "gRPC"],
        extras: &["Python", "Protocol Buffers", "Kafka", "Redis", "Performance tuning"],
    },
];

pub(super) const CLOUDS: &[&str] = &["AWS", "Google Cloud", "Azure"];
pub(super) const CI: &[&str] = &["GitHub Actions", "GitLab CI", "Buildkite", "Jenkins", "CircleCI"];

pub(super) const COMPANIES: &[&str] = &[
    "Northwind Payments GmbH",
    "Globex Inc",
    "Initech",
    "Hooli",
    "Vandelay Industries",
    "Contoso Ltd",
    "Fabrikam Labs",
    "Umbrella Health",
    "Wayfarer Travel AG",
    "Bluebird Logistics",
    "Kestrel Bank",
    "Lumen Retail Group",
    "Parcelly",
    "Tidewater Energy",
    "Quanta Insurance SE",
    "Brightwheel Learning",
    "Copperleaf Analytics",
    "Meridian Mobility",
    "Orbital Maps",
    "Sundial Fintech",
    "Granite Ledger Ltd",
    "Helios Grid BV",
    "Nimbus Ticketing",
    "Foxglove Media",
    "Acme Pagos SL",
    "Lattice Freight",
    "Marigold Foods",
    "Zephyr Rail AB",
    "Quill Legal Technologies",
    "Saffron Delivery",
    "Oakridge Telecom",
    "Polaris Mapping",
    "Redwood Commerce",
    "Silverline Bank",
    "Tangent Games",
    "Beacon Health Group",
    "Cobalt Freight Oy",
    "Driftwood Travel",
    "Evergreen Insurance plc",
    "Ironbark Labs",
];

pub(super) const DEGREES: &[&str] = &[
    "BSc Computer Science",
    "MSc Computer Science",
    "BEng Software Engineering",
    "BSc Mathematics",
    "MEng Electrical Engineering",
    "BSc Information Systems",
    "BA Physics",
];

pub(super) const INSTITUTIONS: &[&str] = &[
    "Technical University of Munich",
    "University of Warsaw",
    "Universidad Politécnica de Madrid",
    "KTH Royal Institute of Technology",
    "Indian Institute of Technology Bombay",
    "University of Toronto",
    "University of São Paulo",
    "Imperial College London",
    "ETH Zurich",
    "University of Cape Town",
    "University of Nairobi",
    "University of Lagos",
    "Seoul National University",
    "University of Tokyo",
    "Delft University of Technology",
    "University of Lisbon",
    "University of Texas at Austin",
    "University of Washington",
    "National University of Singapore",
    "University of Sydney",
];

/// The kind of systems a summary says someone built.
pub(super) const DOMAINS: &[&str] = &[
    "payments",
    "logistics",
    "marketplace",
    "banking",
    "travel booking",
    "healthcare scheduling",
    "ad delivery",
    "ride-hailing",
    "e-commerce checkout",
    "telecom billing",
];

/// A job's sentences with two skills ({a}, {b}), by what the first one is: something built
/// with (a language or framework), something data lives or flows in, something that watches the
/// systems, something that ships and runs them.
pub(super) const BULLETS: [&[&str]; 4] = [
    &[
        "• Built and ran {a} services with {b}, serving two million requests a day",
        "• Led the move from a monolith to {a} services on {b} without downtime",
        "• Owned the partner integrations, written in {a} with {b}, end to end",
        "• Rewrote the pricing engine in {a} with {b}, cutting p99 latency by 40%",
    ],
    &[
        "• Designed the billing ledger on {a} and {b} so that retries never double-charge",
        "• Moved the order pipeline to {a} and {b}, cutting p99 latency by 40%",
        "• Tuned {a} and {b} for the search service, halving its cloud bill",
    ],
    &[
        "• Set up {a} with {b} so the team debugs from dashboards, not guesses",
        "• Introduced {a} alongside {b}; incidents fell by half",
    ],
    &[
        "• Automated releases with {a} and {b}, from a day of manual steps to minutes",
        "• Moved the team's deployments to {a} and {b}, cutting cloud costs by a third",
    ],
];

/// A job's sentences with three skills ({a}, {b}, {c}), whatever they are.
pub(super) const BULLETS_3: &[&str] = &[
    "• Ran the {a}, {b} and {c} stack for a team of eight",
    "• Rebuilt the notification system on {a}, {b} and {c}",
    "• Brought {a}, {b} and {c} together for the new checkout, launched in six weeks",
];

/// The language spoken where a city is, besides English.
pub(super) const LOCAL_LANGUAGES: &[(&str, &str)] = &[
    ("Germany", "German"),
    ("France", "French"),
    ("Spain", "Spanish"),
    ("Mexico", "Spanish"),
    ("Netherlands", "Dutch"),
    ("Poland", "Polish"),
    ("Portugal", "Portuguese"),
    ("Brazil", "Portuguese"),
    ("Sweden", "Swedish"),
    ("India", "Hindi"),
    ("Japan", "Japanese"),
    ("Korea", "Korean"),
    ("Kenya", "Swahili"),
];
