fn main() {
    // Migrations are embedded by sqlx::migrate!; rebuild when one is added.
    println!("cargo:rerun-if-changed=../../migrations/local");
}
