# Sourced by openup-backup.sh and openup-restore.sh: which database the application uses, from the same
# environment variables WildFly reads (datasource-postgresql.cli / datasource-h2.cli).

# PostgreSQL when OPENUP_DB_URL says so; sets PGHOST_, PGPORT_, PGDB_.
openup_is_postgresql() {
    local url="${OPENUP_DB_URL:-}"
    [[ "$url" == jdbc:postgresql://* ]] || return 1
    local rest="${url#jdbc:postgresql://}"
    local hostport="${rest%%/*}"
    PGDB_="${rest#*/}"
    PGDB_="${PGDB_%%\?*}"
    PGHOST_="${hostport%%:*}"
    PGPORT_="${hostport#*:}"
    [ "$PGPORT_" = "$hostport" ] && PGPORT_=5432
    OPENUP_DB_USER="${OPENUP_DB_USER:-openup}"
    OPENUP_DB_PASSWORD="${OPENUP_DB_PASSWORD:-openup}"
    return 0
}

# H2's folder (datasource-h2.cli: ${openup.h2.dir:${user.home}/.openup}); refuses while a server has it open
# (H2 locks its file: opening it read-only then fails with "Database may be already in use").
openup_h2_closed() {
    H2DIR_="${OPENUP_H2_DIR:-$HOME/.openup}"
    if [ -e "$H2DIR_/openup.mv.db" ] && ! java -cp "$(openup_h2_jar)" org.h2.tools.Shell \
            -url "jdbc:h2:file:$H2DIR_/openup;IFEXISTS=TRUE;ACCESS_MODE_DATA=r" -user sa -password sa \
            -sql "SELECT 1" > /dev/null 2>&1; then
        echo "the H2 database in $H2DIR_ is in use: stop WildFly first" >&2
        exit 1
    fi
}

# The H2 jar of the WildFly the application runs on (JBOSS_HOME).
openup_h2_jar() {
    local jar
    jar="$(ls "${JBOSS_HOME:?set JBOSS_HOME to the WildFly folder}"/modules/system/layers/base/com/h2database/h2/main/h2-*.jar | head -1)"
    echo "$jar"
}
