# shellcheck shell=bash
# bench known-questions, second database: Chinook, a music store nobody here designed, onboarded the way the README
# tells a user to (the DBA's grants, the user's twelve validated queries, ./dash connect), then its fresh rounds asked
# without a model. Its data lives in DASH_BENCH_CHINOOK_DATABASE (default dash_bench_chinook) and Dash's own store in
# <that>_store, so neither the database ./dash up serves nor its knowledge is touched.

CHINOOK_DIR=src/test/resources/datasets/chinook

# load_chinook DATABASE: drops and loads it afresh (the script's own CREATE DATABASE/\c chinook part left out).
load_chinook() {
    local database=$1
    superuser_psql postgres -c "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)" -c "CREATE DATABASE \"$database\"" \
        >/dev/null || die "could not create the database $database (a local superuser is needed)"
    sed '1,/^\\c chinook;/d' "$DASH_ROOT/$CHINOOK_DIR/Chinook_PostgreSql.sql" | superuser_psql "$database" >/dev/null ||
        die "could not load Chinook into $database"
    superuser_psql "$database" -c 'ANALYZE' >/dev/null
    ok "Chinook loaded into $database"
}

bench_chinook() {
    local data=${DASH_BENCH_CHINOOK_DATABASE:-dash_bench_chinook}
    (
        export DB_DATABASE=${data}_store DATA_DB_URL="postgresql://$DB_HOST:$DB_PORT/$data"
        export DASH_STATE_DIR=$DASH_STATE_DIR/bench-chinook
        export DASH_KNOWLEDGE_DIR=$DASH_STATE_DIR/knowledge
        step "Chinook: a database nobody here designed, onboarded as the README says"
        ensure_database
        find_superuser >/dev/null || die "the Chinook bench loads its database as a local superuser; none was found"
        load_chinook "$data"
        rm -rf "$DASH_KNOWLEDGE_DIR"
        mkdir -p "$DASH_KNOWLEDGE_DIR/queries" "$DASH_STATE_DIR/logs"
        # shellcheck disable=SC2046
        java $(java_base_opts) "${ONE_SHOT_OPTS[@]}" $(one_shot_log_opts "$DASH_STATE_DIR/logs/grants.log") \
            -jar "$(app_jar)" grants | superuser_psql "$data" >/dev/null || die "the grants script failed on $data"
        ok "./dash grants applied to $data as a superuser"
        cp "$DASH_ROOT/$CHINOOK_DIR/queries/music_store.sql" "$DASH_KNOWLEDGE_DIR/queries/"
        # --no-model: the bench measures the drafts from the schema and data, the same on every run and machine.
        run_jar_command connect --no-model >/dev/null || die "./dash connect failed (log under $(display_path "$DASH_STATE_DIR"))"
        ok "drafts from ./dash connect and the user's music_store.sql in $(display_path "$DASH_KNOWLEDGE_DIR")"
        run_jar_command benchmark-known-questions --held-out-only --rounds "$DASH_ROOT/evals/known-questions/chinook/rounds" "$@"
    )
}
