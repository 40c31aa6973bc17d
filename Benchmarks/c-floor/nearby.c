/*
 * The C floor for Puhui's nearby search (BENCHMARKS.md, "Registry").
 *
 * The resident's query written directly against libsqlite3 on the same registry file as
 * `registry-bench` and `puhui search`: same box (GeoBox), same sphere (R = 6,371,008.8 m), same
 * haversine, same filters (SQL copied from Sources/Registry/Search/NearbySearch.swift and
 * Sources/Registry/Domain/MonthlyFee.swift), same answer (total, then the top 20 by distance, then
 * id, with id, name, kind, district, address, lat, lon, certification and monthly fee).
 * Prepared statements are reused; each query runs in one read transaction, as the Swift search
 * does (GRDB's `read`).
 *
 * Two algorithms:
 *   join   R*Tree candidates joined to `outlet` for their exact REAL lat/lon → haversine for
 *          every candidate → keep ≤ radius → sort by (distance, id) → fetch the top 20 rows.
 *          The plain way to write it.
 *   rtree  The Swift search's own algorithm: distances from the R*Tree's float32 boxes with an
 *          error bound; exact coordinates read only for candidates that straddle the radius or
 *          may fall on the page; then the top 20 rows.
 *
 * Usage:
 *   nearby bench --db FILE --centres FILE [--radii 1000,3000] [--filters all,certified,childcare]
 *                [--algo join|rtree] [--as-of 2026-11-29] [--limit 20] [--warmup 1] [--rounds 1]
 *                [--dump FILE]
 *   nearby once  --db FILE --near LAT,LON [--radius 1000] [--filter all|certified|childcare]
 *                [--algo …] [--as-of …] [--limit 20]      (open + one query + print; whole process)
 *   nearby centres --db FILE --out FILE [--count 1000] [--seed 42]
 *                (the shared query centres: a random outlet's position, by SplitMix64 from the
 *                seed, moved by up to ±0.003° in each axis (≈ ±330 m north–south, ±280 m east–west):
 *                "home" points in the populated area, as dense as the outlets are)
 *   nearby flags --db FILE --out FILE   (the experiment's side table; see FLAGS_G)
 *   nearby bench … --algo rtree --flags FILE   (the experiment: recognition filter from that table)
 *   nearby spawn --centres FILE [--count N] [--label L] -- CMD ARGS…   ({lat} and {lon} in ARGS
 *                are replaced by each centre; stdout to /dev/null; prints p50/p99 of wall time and
 *                of the child's CPU time, user + system, from wait4)
 *
 * Build: gcc -O2 -o nearby nearby.c -lsqlite3 -lm
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static const double EARTH_RADIUS = 6371008.8;
static const double FLOAT32_PADDING = 1e-5;

static void die(const char *message, const char *detail) {
    fprintf(stderr, "nearby: %s%s%s\n", message, detail ? ": " : "", detail ? detail : "");
    exit(2);
}

static double now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

/* Geodesy.distance: haversine on the sphere of EARTH_RADIUS. */
static double haversine(double lat1, double lon1, double lat2, double lon2) {
    const double radians = M_PI / 180;
    double phi1 = lat1 * radians, phi2 = lat2 * radians;
    double sdphi = sin((phi2 - phi1) / 2);
    double sdlambda = sin((lon2 - lon1) * radians / 2);
    double h = sdphi * sdphi + cos(phi1) * cos(phi2) * sdlambda * sdlambda;
    double root = sqrt(h);
    return 2 * EARTH_RADIUS * asin(root < 1 ? root : 1);
}

/* GeoBox(around:radius:) */
struct box { double min_lat, max_lat, min_lon, max_lon; };

static struct box box_around(double lat, double lon, double radius) {
    struct box b;
    double angular = radius / EARTH_RADIUS;
    double dlat = angular * 180 / M_PI;
    b.min_lat = fmax(-90, lat - dlat - FLOAT32_PADDING);
    b.max_lat = fmin(90, lat + dlat + FLOAT32_PADDING);
    double widest = fmax(fabs(b.min_lat), fabs(b.max_lat)) * M_PI / 180;
    double ratio = sin(angular) / cos(widest);
    if (ratio >= 1 || !isfinite(ratio)) { b.min_lon = -180; b.max_lon = 180; return b; }
    double dlon = asin(ratio) * 180 / M_PI;
    b.min_lon = lon - dlon - FLOAT32_PADDING;
    b.max_lon = lon + dlon + FLOAT32_PADDING;
    if (b.min_lon < -180 || b.max_lon > 180) { b.min_lon = -180; b.max_lon = 180; }
    return b;
}

/* ---- SQL (copied from NearbySearch.swift / MonthlyFee.swift) ---- */

enum filter { FILTER_ALL, FILTER_CERTIFIED, FILTER_CHILDCARE };
static const char *filter_names[] = {"all", "certified", "childcare"};

/* NearbySearch.filterConditions for !allStatuses, on rid expression `g.rid`; ?5 is the as-of day. */
#define CERTIFIED_G \
    " AND (SELECT c.status = 'certified' AND c.valid_from <= ?5 AND c.valid_to >= ?5" \
    " FROM certification c WHERE c.outlet_rid = g.rid ORDER BY c.id DESC LIMIT 1)"
#define OPERATING_G " AND (SELECT s.status = 'operating' FROM outlet s WHERE s.rid = g.rid)"
/* NearbySearch.kindIndexConditions for the group childcare (kind numbers 5–8). */
#define CHILDCARE_G " AND g.max_kind >= 5 AND g.min_kind <= 8"
#define BOX_G " WHERE g.max_lat >= ?1 AND g.min_lat <= ?2 AND g.max_lon >= ?3 AND g.min_lon <= ?4"

static const char *rtree_sql[] = {
    "SELECT g.rid, g.min_lat, g.max_lat, g.min_lon, g.max_lon FROM outlet_geo g" BOX_G,
    "SELECT g.rid, g.min_lat, g.max_lat, g.min_lon, g.max_lon FROM outlet_geo g" BOX_G CERTIFIED_G OPERATING_G,
    "SELECT g.rid, g.min_lat, g.max_lat, g.min_lon, g.max_lon FROM outlet_geo g" BOX_G CHILDCARE_G CERTIFIED_G
        OPERATING_G,
};
/* The plain join: exact coordinates of every candidate (the status test can use `o` directly). */
static const char *join_sql[] = {
    "SELECT o.rid, o.lat, o.lon FROM outlet_geo g CROSS JOIN outlet o ON o.rid = g.rid" BOX_G,
    "SELECT o.rid, o.lat, o.lon FROM outlet_geo g CROSS JOIN outlet o ON o.rid = g.rid" BOX_G CERTIFIED_G
        " AND o.status = 'operating'",
    "SELECT o.rid, o.lat, o.lon FROM outlet_geo g CROSS JOIN outlet o ON o.rid = g.rid" BOX_G CHILDCARE_G CERTIFIED_G
        " AND o.status = 'operating'",
};

/* Experiment (BENCHMARKS.md, "what would make it faster"): the recognition and status filter
 * read from a narrow side table `aux.flags(rid INTEGER PRIMARY KEY, operating, cert_status,
 * valid_from, valid_to)` (≈ 40 bytes a row, so it stays in the page cache) instead of the wide
 * `outlet` row and the `certification` row of every candidate. `--flags FILE` attaches it;
 * `nearby flags --db REGISTRY --out FILE` builds it. */
#define FLAGS_G \
    " AND (SELECT f.operating AND f.cert_status = 'certified' AND f.valid_from <= ?5 AND f.valid_to >= ?5" \
    " FROM aux.flags f WHERE f.rid = g.rid)"
static const char *rtree_flags_sql[] = {
    "SELECT g.rid, g.min_lat, g.max_lat, g.min_lon, g.max_lon FROM outlet_geo g" BOX_G,
    "SELECT g.rid, g.min_lat, g.max_lat, g.min_lon, g.max_lon FROM outlet_geo g" BOX_G FLAGS_G,
    "SELECT g.rid, g.min_lat, g.max_lat, g.min_lon, g.max_lon FROM outlet_geo g" BOX_G CHILDCARE_G FLAGS_G,
};

static const char *exact_sql = "SELECT lat, lon FROM outlet WHERE rid = ?";
static const char *id_sql = "SELECT id FROM outlet WHERE rid = ?";
/* NearbySearch.hitByRIDSQL with MonthlyFee.sqlText(rid: "o.rid", asOf: "?1", isChildcare: outletIsChildcare). */
static const char *hit_sql =
    "SELECT o.id, o.name, o.kind, o.district_code, o.subdistrict, o.address, o.lat, o.lon, o.pricing,\n"
    "       o.operator_uscc, c.status, c.level, c.badge_no, c.valid_to, "
    "(SELECT CASE WHEN count(*) = 0 THEN NULL WHEN o.kind LIKE 'childcare%' THEN min(p.amount_fen) ELSE\n"
    "          coalesce(sum(CASE WHEN p.care_level IS NULL AND p.age_class IS NULL THEN p.amount_fen END), 0)\n"
    "        + coalesce(min(CASE WHEN p.care_level IS NOT NULL OR p.age_class IS NOT NULL THEN p.amount_fen END), 0) END\n"
    " FROM price p\n"
    " WHERE p.outlet_rid = o.rid AND p.unit = 'month' AND p.is_inclusive = 1\n"
    "   AND p.effective_from <= ?1 AND (p.effective_to IS NULL OR p.effective_to >= ?1))\n"
    "FROM outlet o\n"
    "LEFT JOIN certification c ON c.id = (SELECT max(c2.id) FROM certification c2 WHERE c2.outlet_rid = o.rid)\n"
    "WHERE o.rid = ?2";

/* ---- the search ---- */

struct hit {
    char id[40];
    char name[256];
    char kind[40];
    char district[16];
    char address[512];
    double lat, lon, distance;
    char cert_status[24];
    char cert_level[32];
    char badge[40];
    char valid_to[16];
    long long fee; /* -1: none */
};

struct candidate {
    long long rid;
    double approx, error, exact; /* exact < 0: unknown */
};

struct match { long long rid; double distance; };

struct searcher {
    sqlite3 *db;
    sqlite3_stmt *candidates[3];
    sqlite3_stmt *exact, *id, *hit, *begin, *commit;
    int algo_rtree;
    const char *as_of;
    int limit;
    struct candidate *cand;
    size_t cand_cap;
    struct match *matches;
    size_t match_cap;
    struct hit *hits;
    /* last result */
    long long total;
    int nhits;
};

static sqlite3_stmt *prepare(sqlite3 *db, const char *sql) {
    sqlite3_stmt *stmt;
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
        die("prepare", sqlite3_errmsg(db));
    return stmt;
}

static void exec(sqlite3 *db, const char *sql) {
    char *error = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &error) != SQLITE_OK) die(sql, error);
}

static void searcher_open(struct searcher *s, const char *path, int algo_rtree, const char *as_of, int limit,
                          const char *flags) {
    memset(s, 0, sizeof *s);
    if (sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) != SQLITE_OK) die("open", path);
    /* RegistryDatabase.configuration(): a 64 MiB page cache per connection. */
    exec(s->db, "PRAGMA cache_size = -65536");
    if (flags) {
        char sql[1200];
        snprintf(sql, sizeof sql, "ATTACH 'file:%s?mode=ro' AS aux; PRAGMA aux.cache_size = -65536", flags);
        exec(s->db, sql);
    }
    for (int f = 0; f < 3; f++)
        s->candidates[f] = prepare(s->db, !algo_rtree ? join_sql[f] : flags ? rtree_flags_sql[f] : rtree_sql[f]);
    s->exact = prepare(s->db, exact_sql);
    s->id = prepare(s->db, id_sql);
    s->hit = prepare(s->db, hit_sql);
    s->begin = prepare(s->db, "BEGIN DEFERRED");
    s->commit = prepare(s->db, "COMMIT");
    s->algo_rtree = algo_rtree;
    s->as_of = as_of;
    s->limit = limit;
    s->cand_cap = 4096;
    s->cand = malloc(s->cand_cap * sizeof *s->cand);
    s->match_cap = 4096;
    s->matches = malloc(s->match_cap * sizeof *s->matches);
    s->hits = calloc((size_t)limit + 1, sizeof *s->hits);
}

static void step_done(sqlite3_stmt *stmt) {
    int rc = sqlite3_step(stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) die("step", sqlite3_errmsg(sqlite3_db_handle(stmt)));
    sqlite3_reset(stmt);
}

static double exact_distance(struct searcher *s, long long rid, double lat, double lon) {
    sqlite3_bind_int64(s->exact, 1, rid);
    double d = INFINITY;
    if (sqlite3_step(s->exact) == SQLITE_ROW)
        d = haversine(lat, lon, sqlite3_column_double(s->exact, 0), sqlite3_column_double(s->exact, 1));
    sqlite3_reset(s->exact);
    return d;
}

static void fetch_id(struct searcher *s, long long rid, char *out, size_t size) {
    sqlite3_bind_int64(s->id, 1, rid);
    out[0] = 0;
    if (sqlite3_step(s->id) == SQLITE_ROW) snprintf(out, size, "%s", (const char *)sqlite3_column_text(s->id, 0));
    sqlite3_reset(s->id);
}

static int compare_match(const void *a, const void *b) {
    const struct match *x = a, *y = b;
    if (x->distance != y->distance) return x->distance < y->distance ? -1 : 1;
    return (x->rid > y->rid) - (x->rid < y->rid);
}

static int compare_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Equal distances are ordered by public id (BINARY collation), as NearbySearch.orderTiesByID. */
static void order_ties(struct searcher *s, struct match *m, size_t n) {
    size_t start = 0;
    while (start < n) {
        size_t end = start + 1;
        while (end < n && m[end].distance == m[start].distance) end++;
        if (end - start > 1) {
            /* insertion sort by id: ties are rare and short */
            for (size_t i = start + 1; i < end; i++) {
                struct match key = m[i];
                char key_id[40], other[40];
                fetch_id(s, key.rid, key_id, sizeof key_id);
                size_t j = i;
                while (j > start) {
                    fetch_id(s, m[j - 1].rid, other, sizeof other);
                    if (strcmp(other, key_id) <= 0) break;
                    m[j] = m[j - 1];
                    j--;
                }
                m[j] = key;
            }
        }
        start = end;
    }
}

static void copy_text(char *out, size_t size, sqlite3_stmt *stmt, int column) {
    const unsigned char *text = sqlite3_column_text(stmt, column);
    snprintf(out, size, "%s", text ? (const char *)text : "");
}

static void fetch_hit(struct searcher *s, long long rid, double distance, struct hit *h) {
    sqlite3_bind_text(s->hit, 1, s->as_of, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s->hit, 2, rid);
    if (sqlite3_step(s->hit) == SQLITE_ROW) {
        copy_text(h->id, sizeof h->id, s->hit, 0);
        copy_text(h->name, sizeof h->name, s->hit, 1);
        copy_text(h->kind, sizeof h->kind, s->hit, 2);
        copy_text(h->district, sizeof h->district, s->hit, 3);
        copy_text(h->address, sizeof h->address, s->hit, 5);
        h->lat = sqlite3_column_double(s->hit, 6);
        h->lon = sqlite3_column_double(s->hit, 7);
        copy_text(h->cert_status, sizeof h->cert_status, s->hit, 10);
        copy_text(h->cert_level, sizeof h->cert_level, s->hit, 11);
        copy_text(h->badge, sizeof h->badge, s->hit, 12);
        copy_text(h->valid_to, sizeof h->valid_to, s->hit, 13);
        h->fee = sqlite3_column_type(s->hit, 14) == SQLITE_NULL ? -1 : sqlite3_column_int64(s->hit, 14);
        h->distance = distance;
    }
    sqlite3_reset(s->hit);
}

static void push_match(struct searcher *s, size_t *n, long long rid, double distance) {
    if (*n == s->match_cap) {
        s->match_cap *= 2;
        s->matches = realloc(s->matches, s->match_cap * sizeof *s->matches);
    }
    s->matches[*n].rid = rid;
    s->matches[*n].distance = distance;
    (*n)++;
}

/* NearbySearch.float32Error */
static double float32_error(double min_lat, double max_lat, double min_lon, double max_lon) {
    const double metres_per_degree = EARTH_RADIUS * M_PI / 180;
    float fmax_lat = (float)max_lat, fmax_lon = (float)max_lon;
    double spread_lat = (max_lat - min_lat) / 2 + (double)(nextafterf(fmax_lat, INFINITY) - fmax_lat);
    double spread_lon = (max_lon - min_lon) / 2 + (double)(nextafterf(fmax_lon, INFINITY) - fmax_lon);
    return metres_per_degree * (spread_lat + spread_lon) + 0.001;
}

static void search(struct searcher *s, double lat, double lon, double radius, enum filter f) {
    struct box b = box_around(lat, lon, radius);
    sqlite3_stmt *q = s->candidates[f];
    size_t nmatch = 0;
    long long unresolved_inside = 0;
    step_done(s->begin);
    sqlite3_bind_double(q, 1, b.min_lat);
    sqlite3_bind_double(q, 2, b.max_lat);
    sqlite3_bind_double(q, 3, b.min_lon);
    sqlite3_bind_double(q, 4, b.max_lon);
    if (f != FILTER_ALL) sqlite3_bind_text(q, 5, s->as_of, -1, SQLITE_STATIC);
    if (!s->algo_rtree) {
        while (sqlite3_step(q) == SQLITE_ROW) {
            double d = haversine(lat, lon, sqlite3_column_double(q, 1), sqlite3_column_double(q, 2));
            if (d <= radius) push_match(s, &nmatch, sqlite3_column_int64(q, 0), d);
        }
        sqlite3_reset(q);
    } else {
        size_t n = 0;
        while (sqlite3_step(q) == SQLITE_ROW) {
            if (n == s->cand_cap) {
                s->cand_cap *= 2;
                s->cand = realloc(s->cand, s->cand_cap * sizeof *s->cand);
            }
            double min_lat = sqlite3_column_double(q, 1), max_lat = sqlite3_column_double(q, 2);
            double min_lon = sqlite3_column_double(q, 3), max_lon = sqlite3_column_double(q, 4);
            struct candidate *c = &s->cand[n++];
            c->rid = sqlite3_column_int64(q, 0);
            c->approx = haversine(lat, lon, (min_lat + max_lat) / 2, (min_lon + max_lon) / 2);
            c->error = float32_error(min_lat, max_lat, min_lon, max_lon);
            c->exact = -1;
        }
        sqlite3_reset(q);
        /* NearbySearch.resolveExactDistances with pageEnd = limit */
        int page_end = s->limit;
        double horizon = -INFINITY;
        if (page_end > 0) {
            if ((size_t)page_end >= n) {
                horizon = INFINITY;
            } else {
                /* the page_end-th smallest upper bound: keep the smallest in a sorted buffer */
                double smallest[256];
                int k = page_end < 256 ? page_end : 256, count = 0;
                for (size_t i = 0; i < n; i++) {
                    double v = s->cand[i].approx + s->cand[i].error;
                    if (count == k) {
                        if (!(v < smallest[k - 1])) continue;
                        count--;
                    }
                    int j = count;
                    while (j > 0 && smallest[j - 1] > v) { smallest[j] = smallest[j - 1]; j--; }
                    smallest[j] = v;
                    count++;
                }
                horizon = smallest[k - 1];
            }
        }
        for (size_t i = 0; i < n; i++) {
            struct candidate *c = &s->cand[i];
            double lower = c->approx - c->error, upper = c->approx + c->error;
            if (lower <= radius && (upper > radius || lower <= horizon)) c->exact = exact_distance(s, c->rid, lat, lon);
        }
        if (page_end > 0 && isfinite(horizon)) {
            double limit_d = radius < horizon ? radius : horizon;
            int near_inside = 0;
            for (size_t i = 0; i < n; i++)
                if (s->cand[i].exact >= 0 && s->cand[i].exact <= limit_d) near_inside++;
            if (near_inside < page_end)
                for (size_t i = 0; i < n; i++) {
                    struct candidate *c = &s->cand[i];
                    if (c->exact < 0 && c->approx - c->error <= radius) c->exact = exact_distance(s, c->rid, lat, lon);
                }
        }
        for (size_t i = 0; i < n; i++) {
            struct candidate *c = &s->cand[i];
            if (c->exact >= 0) {
                if (c->exact <= radius) push_match(s, &nmatch, c->rid, c->exact);
            } else if (c->approx + c->error <= radius) {
                unresolved_inside++;
            }
        }
    }
    qsort(s->matches, nmatch, sizeof *s->matches, compare_match);
    order_ties(s, s->matches, nmatch);
    s->total = (long long)nmatch + unresolved_inside;
    s->nhits = nmatch < (size_t)s->limit ? (int)nmatch : s->limit;
    for (int i = 0; i < s->nhits; i++) fetch_hit(s, s->matches[i].rid, s->matches[i].distance, &s->hits[i]);
    step_done(s->commit);
}

/* ---- centres, statistics ---- */

struct centre { double lat, lon; };

static struct centre *read_centres(const char *path, size_t *count) {
    FILE *file = fopen(path, "r");
    if (!file) die("cannot read centres", path);
    size_t cap = 1024, n = 0;
    struct centre *c = malloc(cap * sizeof *c);
    double lat, lon;
    while (fscanf(file, "%lf %lf", &lat, &lon) == 2) {
        if (n == cap) c = realloc(c, (cap *= 2) * sizeof *c);
        c[n].lat = lat;
        c[n].lon = lon;
        n++;
    }
    fclose(file);
    *count = n;
    return c;
}

static double cpu_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

/* p50, p99 (nearest rank), mean and max of n values, sorted in place; in milliseconds. */
static void stats(double *ns, size_t n, double out[4]) {
    qsort(ns, n, sizeof *ns, compare_double);
    double sum = 0;
    for (size_t i = 0; i < n; i++) sum += ns[i];
    size_t p99 = (size_t)ceil(0.99 * (double)n);
    if (p99 > 0) p99--;
    out[0] = ns[n / 2] / 1e6;
    out[1] = ns[p99] / 1e6;
    out[2] = sum / (double)n / 1e6;
    out[3] = ns[n - 1] / 1e6;
}

/* One line per case; registry-bench prints the same. cpu: process CPU time per query (what the
 * query costs, whatever else the machine runs); wall: what a caller waits. */
static void report(const char *label, double radius, const char *filter, double *ns, double *cpu, size_t n,
                   double mean_total) {
    double w[4], c[4] = {0, 0, 0, 0};
    stats(ns, n, w);
    if (cpu) stats(cpu, n, c);
    printf("%s radius=%.0f filter=%s n=%zu p50_ms=%.4f p99_ms=%.4f mean_ms=%.4f max_ms=%.4f"
           " cpu_p50_ms=%.4f cpu_p99_ms=%.4f cpu_mean_ms=%.4f mean_total=%.1f\n",
           label, radius, filter, n, w[0], w[1], w[2], w[3], c[0], c[1], c[2], mean_total);
    fflush(stdout);
}

static const char *option(int argc, char **argv, const char *name, const char *fallback) {
    for (int i = 0; i + 1 < argc; i++)
        if (strcmp(argv[i], name) == 0) return argv[i + 1];
    return fallback;
}

static int parse_filter(const char *name) {
    for (int f = 0; f < 3; f++)
        if (strcmp(name, filter_names[f]) == 0) return f;
    die("unknown filter (all, certified, childcare)", name);
    return 0;
}

static int bench(int argc, char **argv) {
    const char *db = option(argc, argv, "--db", NULL);
    const char *centres_path = option(argc, argv, "--centres", NULL);
    if (!db || !centres_path) die("bench needs --db and --centres", NULL);
    const char *algo = option(argc, argv, "--algo", "join");
    int rtree = strcmp(algo, "rtree") == 0;
    const char *as_of = option(argc, argv, "--as-of", "2026-11-29");
    int limit = atoi(option(argc, argv, "--limit", "20"));
    int warmup = atoi(option(argc, argv, "--warmup", "1"));
    int rounds = atoi(option(argc, argv, "--rounds", "1"));
    const char *dump_path = option(argc, argv, "--dump", NULL);
    const char *flags = option(argc, argv, "--flags", NULL);
    char radii[256], filters[256];
    snprintf(radii, sizeof radii, "%s", option(argc, argv, "--radii", "1000,3000"));
    snprintf(filters, sizeof filters, "%s", option(argc, argv, "--filters", "all,certified,childcare"));
    size_t n;
    struct centre *centres = read_centres(centres_path, &n);
    if (n == 0) die("no centres in", centres_path);
    struct searcher s;
    searcher_open(&s, db, rtree, as_of, limit, flags);
    FILE *dump = dump_path ? fopen(dump_path, "w") : NULL;
    char label[32];
    snprintf(label, sizeof label, "c-%s%s", algo, flags ? "-flags" : "");
    double *ns = malloc(n * (size_t)rounds * sizeof *ns);
    double *cpu = malloc(n * (size_t)rounds * sizeof *cpu);
    char *radius_save, *filter_save;
    for (char *r = strtok_r(radii, ",", &radius_save); r; r = strtok_r(NULL, ",", &radius_save)) {
        double radius = atof(r);
        char filters_copy[256];
        snprintf(filters_copy, sizeof filters_copy, "%s", filters);
        for (char *fname = strtok_r(filters_copy, ",", &filter_save); fname; fname = strtok_r(NULL, ",", &filter_save)) {
            enum filter f = parse_filter(fname);
            for (int w = 0; w < warmup; w++)
                for (size_t i = 0; i < n; i++) search(&s, centres[i].lat, centres[i].lon, radius, f);
            double totals = 0;
            size_t k = 0;
            for (int round = 0; round < rounds; round++)
                for (size_t i = 0; i < n; i++) {
                    double start = now_ns(), cpu_start = cpu_ns();
                    search(&s, centres[i].lat, centres[i].lon, radius, f);
                    cpu[k] = cpu_ns() - cpu_start;
                    ns[k++] = now_ns() - start;
                    totals += (double)s.total;
                    if (dump && round == 0) {
                        fprintf(dump, "%s %.0f %zu total=%lld", fname, radius, i, s.total);
                        for (int h = 0; h < s.nhits; h++)
                            fprintf(dump, " %s:%.3f:%lld", s.hits[h].id, s.hits[h].distance, s.hits[h].fee);
                        fputc('\n', dump);
                    }
                }
            report(label, radius, fname, ns, cpu, k, totals / (double)k);
        }
    }
    if (dump) fclose(dump);
    return 0;
}

/* ---- one query as a whole process ---- */

static void json_string(const char *text) {
    putchar('"');
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        if (*p == '"' || *p == '\\') printf("\\%c", *p);
        else if (*p < 0x20) printf("\\u%04x", *p);
        else putchar(*p);
    }
    putchar('"');
}

static int once(int argc, char **argv) {
    const char *db = option(argc, argv, "--db", NULL);
    const char *near = option(argc, argv, "--near", NULL);
    if (!db || !near) die("once needs --db and --near", NULL);
    double lat, lon;
    if (sscanf(near, "%lf,%lf", &lat, &lon) != 2) die("bad --near", near);
    double radius = atof(option(argc, argv, "--radius", "1000"));
    enum filter f = parse_filter(option(argc, argv, "--filter", "certified"));
    struct searcher s;
    searcher_open(&s, db, strcmp(option(argc, argv, "--algo", "join"), "rtree") == 0,
                  option(argc, argv, "--as-of", "2026-11-29"), atoi(option(argc, argv, "--limit", "20")),
                  option(argc, argv, "--flags", NULL));
    search(&s, lat, lon, radius, f);
    printf("{\"total\":%lld,\"results\":[", s.total);
    for (int i = 0; i < s.nhits; i++) {
        struct hit *h = &s.hits[i];
        printf(i ? ",{" : "{");
        printf("\"id\":"); json_string(h->id);
        printf(",\"name\":"); json_string(h->name);
        printf(",\"kind\":"); json_string(h->kind);
        printf(",\"district_code\":"); json_string(h->district);
        printf(",\"address\":"); json_string(h->address);
        printf(",\"lat\":%.17g,\"lon\":%.17g,\"distance_m\":%.17g", h->lat, h->lon, h->distance);
        if (h->cert_status[0]) {
            printf(",\"certification\":{\"status\":"); json_string(h->cert_status);
            printf(",\"level\":"); json_string(h->cert_level);
            printf(",\"badge\":"); if (h->badge[0]) json_string(h->badge); else printf("null");
            printf(",\"valid_until\":"); if (h->valid_to[0]) json_string(h->valid_to); else printf("null");
            printf("}");
        } else {
            printf(",\"certification\":null");
        }
        if (h->fee >= 0) printf(",\"monthly_price_fen\":%lld}", h->fee);
        else printf(",\"monthly_price_fen\":null}");
    }
    printf("]}\n");
    sqlite3_close_v2(s.db);
    return 0;
}

/* ---- timing whole processes ---- */

static char *substitute(const char *arg, const char *lat, const char *lon) {
    size_t size = strlen(arg) + 64;
    char *out = malloc(size), *o = out;
    for (const char *p = arg; *p;) {
        if (strncmp(p, "{lat}", 5) == 0) { o += sprintf(o, "%s", lat); p += 5; }
        else if (strncmp(p, "{lon}", 5) == 0) { o += sprintf(o, "%s", lon); p += 5; }
        else *o++ = *p++;
    }
    *o = 0;
    return out;
}

static int spawn(int argc, char **argv) {
    int dashes = -1;
    for (int i = 0; i < argc; i++)
        if (strcmp(argv[i], "--") == 0) { dashes = i; break; }
    if (dashes < 0 || dashes + 1 >= argc) die("spawn needs -- CMD ARGS", NULL);
    const char *centres_path = option(dashes, argv, "--centres", NULL);
    if (!centres_path) die("spawn needs --centres", NULL);
    const char *label = option(dashes, argv, "--label", "process");
    size_t n;
    struct centre *centres = read_centres(centres_path, &n);
    size_t count = (size_t)atoi(option(dashes, argv, "--count", "200"));
    if (count > n) count = n;
    int warmup = atoi(option(dashes, argv, "--warmup", "5"));
    int cmdc = argc - dashes - 1;
    char **cmd = argv + dashes + 1;
    double *ns = malloc(count * sizeof *ns);
    double *cpu = malloc(count * sizeof *cpu); /* the child's user + system time (wait4) */
    int devnull = open("/dev/null", O_WRONLY);
    for (size_t i = 0; i < count + (size_t)warmup; i++) {
        struct centre c = centres[i % n];
        char lat[32], lon[32];
        snprintf(lat, sizeof lat, "%.6f", c.lat);
        snprintf(lon, sizeof lon, "%.6f", c.lon);
        char **args = calloc((size_t)cmdc + 1, sizeof *args);
        for (int a = 0; a < cmdc; a++) args[a] = substitute(cmd[a], lat, lon);
        double start = now_ns();
        pid_t pid = fork();
        if (pid == 0) {
            dup2(devnull, 1);
            execvp(args[0], args);
            _exit(127);
        }
        int status;
        struct rusage usage;
        wait4(pid, &status, 0, &usage);
        double elapsed = now_ns() - start;
        double child_cpu = ((double)usage.ru_utime.tv_sec + (double)usage.ru_stime.tv_sec) * 1e9 +
                           ((double)usage.ru_utime.tv_usec + (double)usage.ru_stime.tv_usec) * 1e3;
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            fprintf(stderr, "nearby spawn: %s exited with %d\n", args[0], WEXITSTATUS(status));
            return 1;
        }
        if (i >= (size_t)warmup) {
            ns[i - (size_t)warmup] = elapsed;
            cpu[i - (size_t)warmup] = child_cpu;
        }
        for (int a = 0; a < cmdc; a++) free(args[a]);
        free(args);
    }
    report(label, atof(option(dashes, argv, "--radius", "0")), option(dashes, argv, "--filter", "-"), ns, cpu, count, 0);
    return 0;
}

/* ---- the shared centres ---- */

static unsigned long long splitmix64(unsigned long long *state) {
    unsigned long long z = (*state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static double unit_random(unsigned long long *state) { return (double)(splitmix64(state) >> 11) * 0x1.0p-53; }

static int centres(int argc, char **argv) {
    const char *db_path = option(argc, argv, "--db", NULL);
    const char *out_path = option(argc, argv, "--out", NULL);
    if (!db_path || !out_path) die("centres needs --db and --out", NULL);
    int count = atoi(option(argc, argv, "--count", "1000"));
    unsigned long long state = strtoull(option(argc, argv, "--seed", "42"), NULL, 10);
    sqlite3 *db;
    if (sqlite3_open_v2(db_path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) die("open", db_path);
    sqlite3_stmt *max = prepare(db, "SELECT max(rid) FROM outlet");
    if (sqlite3_step(max) != SQLITE_ROW) die("no outlets", db_path);
    long long max_rid = sqlite3_column_int64(max, 0);
    sqlite3_finalize(max);
    if (max_rid < 1) die("no outlets", db_path);
    sqlite3_stmt *at = prepare(db, "SELECT lat, lon FROM outlet WHERE rid = ?");
    FILE *out = fopen(out_path, "w");
    if (!out) die("cannot write", out_path);
    for (int written = 0; written < count;) {
        long long rid = 1 + (long long)(splitmix64(&state) % (unsigned long long)max_rid);
        double jlat = (unit_random(&state) * 2 - 1) * 0.003, jlon = (unit_random(&state) * 2 - 1) * 0.003;
        sqlite3_bind_int64(at, 1, rid);
        if (sqlite3_step(at) == SQLITE_ROW) {
            fprintf(out, "%.6f %.6f\n", sqlite3_column_double(at, 0) + jlat, sqlite3_column_double(at, 1) + jlon);
            written++;
        }
        sqlite3_reset(at);
    }
    fclose(out);
    sqlite3_finalize(at);
    sqlite3_close_v2(db);
    return 0;
}

static int flags_table(int argc, char **argv) {
    const char *db_path = option(argc, argv, "--db", NULL);
    const char *out_path = option(argc, argv, "--out", NULL);
    if (!db_path || !out_path) die("flags needs --db and --out", NULL);
    unlink(out_path);
    sqlite3 *db;
    if (sqlite3_open_v2(out_path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI, NULL) != SQLITE_OK)
        die("open", out_path);
    char sql[1200];
    snprintf(sql, sizeof sql, "ATTACH 'file:%s?mode=ro' AS r", db_path);
    exec(db, sql);
    exec(db, "PRAGMA cache_size = -262144; BEGIN;"
             "CREATE TABLE flags (rid INTEGER PRIMARY KEY, operating INTEGER NOT NULL, cert_status TEXT,"
             " valid_from TEXT, valid_to TEXT);"
             "INSERT INTO flags SELECT o.rid, o.status = 'operating', c.status, c.valid_from, c.valid_to FROM r.outlet o"
             " LEFT JOIN r.certification c ON c.id = (SELECT max(c2.id) FROM r.certification c2 WHERE c2.outlet_rid = o.rid)"
             " ORDER BY o.rid;"
             "COMMIT;");
    sqlite3_close_v2(db);
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 2) die("usage: nearby bench|once|spawn|centres …", NULL);
    if (strcmp(argv[1], "bench") == 0) return bench(argc - 1, argv + 1);
    if (strcmp(argv[1], "once") == 0) return once(argc - 1, argv + 1);
    if (strcmp(argv[1], "spawn") == 0) return spawn(argc - 1, argv + 1);
    if (strcmp(argv[1], "centres") == 0) return centres(argc - 1, argv + 1);
    if (strcmp(argv[1], "flags") == 0) return flags_table(argc - 1, argv + 1);
    die("unknown command", argv[1]);
    return 2;
}
