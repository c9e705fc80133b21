#!/usr/bin/env bash
# Two KnowledgeBase nodes on one PostgreSQL behind nginx, on 127.0.0.1, proved with curl:
#   accounts   an account created on node 1 signs in on node 2
#   cookie     a sign-in cookie issued by node 1 is accepted by node 2
#   search     a lead's save through node 1 is found by a search on node 2 within 2 s
#   media      a picture attached through node 1's editor endpoint is served, the same bytes, by node 2 within 2 s
#   conflict   simultaneous saves of one file on both nodes: exactly one 409, the other's text on both nodes
#   kill       node 1 killed mid-save: node 2 has the change or not, never half; saves go on; node 1 catches up
#   nginx      ready through nginx, one node per browser (kb_node cookie), Blazor's WebSocket upgraded
#   limits     sign-in attempts through nginx are limited once for the cluster, not once per node
# Prints one verdict line; exits 0 only when everything held; stops everything it started.
#
# Installs nothing when PostgreSQL and nginx are there, else Debian's postgresql and nginx (apt-get).
# KB_SMOKE_APP=DIR uses an already published app (dotnet publish src/KnowledgeBase.Web -c Release -o DIR).
# KB_SMOKE_KEEP=1 keeps the work folder (logs) for a look afterwards.
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d /tmp/kb-cluster-smoke.XXXXXX)"
chmod 755 "$WORK"
LOG="$WORK/smoke.log"
declare -A RESULT=()
NODE_PIDS=("" "")
NGINX_PID=""
PG_STARTED=""

say() { echo "[$(date +%H:%M:%S)] $*" >>"$LOG"; [ -n "${KB_SMOKE_VERBOSE:-}" ] && echo "$*" >&2; return 0; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
now_ms() { date +%s%3N; }

cleanup() {
  local pid
  for pid in "${NODE_PIDS[@]}" "$NGINX_PID"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null
  done
  for pid in "${NODE_PIDS[@]}" "$NGINX_PID"; do
    [ -n "$pid" ] && wait "$pid" 2>/dev/null
  done
  [ -n "$PG_STARTED" ] && as_pg "$PGBIN/pg_ctl" -D "$WORK/pg" -m immediate stop >/dev/null 2>&1
  if [ -n "${KB_SMOKE_KEEP:-}" ]; then echo "cluster-smoke: kept $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail_early() {
  echo "cluster-smoke: FAIL ($1; see the log: KB_SMOKE_KEEP=1 keeps $WORK)"
  tail -n 40 "$LOG" >&2
  exit 1
}

free_port() {
  local port
  for _ in $(seq 1 100); do
    port=$(( 20000 + RANDOM % 40000 ))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
  done
  return 1
}

# --- what is needed: PostgreSQL and nginx from Debian, the app published ---------------------------
PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
HAVE_NGINX=""
{ command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; } && HAVE_NGINX=1
if [ -z "$PGBIN" ] || [ -z "$HAVE_NGINX" ]; then
  say "installing postgresql and nginx"
  as_root apt-get update -qq >>"$LOG" 2>&1
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql nginx >>"$LOG" 2>&1 \
    || fail_early "apt-get install postgresql nginx failed"
  PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

APP="${KB_SMOKE_APP:-}"
if [ -z "$APP" ]; then
  APP="$WORK/app"
  say "publishing the app"
  dotnet publish "$ROOT/src/KnowledgeBase.Web" -c Release -o "$APP" -nologo -v q >>"$LOG" 2>&1 || fail_early "dotnet publish failed"
fi

# --- a throwaway PostgreSQL -------------------------------------------------------------------------
PGPORT="$(free_port)"
mkdir -p "$WORK/pg" "$WORK/pgsock"
[ "$(id -u)" -eq 0 ] && chown postgres "$WORK/pg" "$WORK/pgsock"
as_pg "$PGBIN/initdb" -D "$WORK/pg" -A trust -U kb --no-sync >>"$LOG" 2>&1 || fail_early "initdb failed"
as_pg "$PGBIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pgsock/postgres.log" -w \
  -o "-p $PGPORT -k $WORK/pgsock -c listen_addresses=127.0.0.1 -c fsync=off" start >>"$LOG" 2>&1 || fail_early "PostgreSQL did not start"
PG_STARTED=1
"$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U kb knowledgebase >>"$LOG" 2>&1 || fail_early "createdb failed"
CONNECTION="Host=127.0.0.1;Port=$PGPORT;Username=kb;Database=knowledgebase"
psql_value() { "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U kb -d knowledgebase -Atc "$1" 2>>"$LOG"; }

# --- two nodes: same app and content, their own data folders ----------------------------------------
PORTS=("$(free_port)" "$(free_port)")
for n in 0 1; do
  mkdir -p "$WORK/node$((n + 1))/data" "$WORK/node$((n + 1))/home"
  cp -r "$ROOT/content" "$WORK/node$((n + 1))/content"
done

start_node() {
  local n=$1 dir="$WORK/node$(($1 + 1))"
  # A home of its own: ASP.NET Core keeps its Data Protection keys under $HOME by default, and two nodes
  # sharing one by accident would let the cookie check pass without the keys being shared through PostgreSQL.
  (cd "$APP" && exec env ASPNETCORE_ENVIRONMENT=Production DOTNET_CLI_TELEMETRY_OPTOUT=1 HOME="$dir/home" DOTNET_CLI_HOME="$dir/home" \
    KnowledgeBase__ContentPath="$dir/content" KnowledgeBase__DataPath="$dir/data" \
    KnowledgeBase__Database__Provider=Postgres KnowledgeBase__Database__ConnectionString="$CONNECTION" \
    KnowledgeBase__Cluster__NodeName="node$((n + 1))" \
    dotnet KnowledgeBase.Web.dll --urls "http://127.0.0.1:${PORTS[$n]}") >>"$dir/node.log" 2>&1 &
  NODE_PIDS[$n]=$!
}

wait_ready() {
  local n=$1 deadline=$(( $(now_ms) + 180000 ))
  while [ "$(now_ms)" -lt "$deadline" ]; do
    kill -0 "${NODE_PIDS[$n]}" 2>/dev/null || { tail -n 30 "$WORK/node$((n + 1))/node.log" >>"$LOG"; return 1; }
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${PORTS[$n]}/healthz/ready")" = 200 ] && return 0
    sleep 0.2
  done
  return 1
}

start_node 0
start_node 1
wait_ready 0 || fail_early "node 1 did not become ready"
wait_ready 1 || fail_early "node 2 did not become ready"
say "nodes ready on ${PORTS[0]} and ${PORTS[1]}"

# --- nginx in front of both -------------------------------------------------------------------------
NGINX_PORT="$(free_port)"
mkdir -p "$WORK/nginx/temp"
chmod 1777 "$WORK/nginx/temp"
cat >"$WORK/nginx/nginx.conf" <<EOF
$( [ "$(id -u)" -eq 0 ] && echo "user www-data;" )
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 256; }
http {
  access_log $WORK/nginx/access.log;
  client_body_temp_path $WORK/nginx/temp/body; proxy_temp_path $WORK/nginx/temp/proxy;
  fastcgi_temp_path $WORK/nginx/temp/fastcgi; uwsgi_temp_path $WORK/nginx/temp/uwsgi; scgi_temp_path $WORK/nginx/temp/scgi;
  map \$http_upgrade \$connection_upgrade { default upgrade; '' ""; }
  map \$cookie_kb_node \$kb_affinity { "" \$request_id; default \$cookie_kb_node; }
  map \$cookie_kb_node \$kb_affinity_cookie { "" "kb_node=\$request_id; Path=/; HttpOnly; SameSite=Lax"; default ""; }
  map "\$request_method \$uri" \$kb_sign_in_key { "POST /login" \$binary_remote_addr; default ""; }
  map \$http_authorization \$kb_api_key { "" ""; default \$http_authorization; }
  limit_req_zone \$kb_sign_in_key zone=kb_sign_in:10m rate=20r/m;
  limit_req_zone \$kb_api_key zone=kb_api:10m rate=300r/m;
  upstream knowledgebase {
    hash \$kb_affinity consistent;
    server 127.0.0.1:${PORTS[0]} max_fails=2 fail_timeout=10s;
    server 127.0.0.1:${PORTS[1]} max_fails=2 fail_timeout=10s;
    keepalive 8;
  }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://knowledgebase;
      proxy_http_version 1.1;
      add_header Set-Cookie \$kb_affinity_cookie;
      add_header X-Smoke-Upstream \$upstream_addr always;
      limit_req zone=kb_sign_in burst=19 nodelay;
      limit_req zone=kb_api burst=299 nodelay;
      limit_req_status 429;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection \$connection_upgrade;
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_read_timeout 3600s;
      proxy_buffering off;
    }
  }
}
EOF
"$NGINX" -p "$WORK/nginx" -e "$WORK/nginx/error.log" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' >>"$LOG" 2>&1 &
NGINX_PID=$!
deadline=$(( $(now_ms) + 10000 ))
until (exec 3<>"/dev/tcp/127.0.0.1/$NGINX_PORT") 2>/dev/null; do
  kill -0 "$NGINX_PID" 2>/dev/null && [ "$(now_ms)" -lt "$deadline" ] || { cat "$WORK/nginx/error.log" >>"$LOG" 2>/dev/null; fail_early "nginx did not start"; }
  sleep 0.1
done

# --- helpers: a browser per cookie jar --------------------------------------------------------------
node_url() { echo "http://127.0.0.1:${PORTS[$1]}"; }

# Posts one of the app's static forms the way a browser does: its page first, its antiforgery token back.
submit_form() {
  local jar=$1 url=$2 handler=$3; shift 3
  local token
  token="$(curl -s -b "$jar" -c "$jar" "$url" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')"
  [ -n "$token" ] || { echo "no-form"; return; }
  local args=(--data-urlencode "__RequestVerificationToken=$token" --data-urlencode "_handler=$handler")
  local field
  for field in "$@"; do args+=(--data-urlencode "$field"); done
  curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$jar" -c "$jar" "${args[@]}" "$url"
}

setup_admin() { submit_form "$1" "$2/setup" setup "Input.UserName=$3" "Input.DisplayName=Smoke Lead" "Input.Password=$4" "Input.ConfirmPassword=$4"; }
sign_in() { submit_form "$1" "$2/login" login "Input.UserName=$3" "Input.Password=$4"; }
page_status() { curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$1" "$2"; }

json_string() {
  local s=$1
  s=${s//\\/\\\\}; s=${s//\"/\\\"}; s=${s//$'\n'/\\n}; s=${s//$'\r'/\\r}; s=${s//$'\t'/\\t}
  printf '"%s"' "$s"
}

version_of() { curl -s -b "$1" "$2/api/v1/documents/$3" | grep -o '"version":"[0-9a-f]*"' | sed 's/.*:"//; s/"//'; }

# PUT /api/v1/documents/ID with the whole text; prints the HTTP status.
save() {
  local jar=$1 url=$2 id=$3 text=$4 base=$5 body
  body="$(mktemp "$WORK/body.XXXXXX")"
  printf '{"text":%s,"baseVersion":"%s","note":"cluster smoke"}' "$(json_string "$text")" "$base" >"$body"
  curl -s -o "$body.out" -w '%{http_code}' -b "$jar" -X PUT -H 'Content-Type: application/json' --data-binary "@$body" "$url/api/v1/documents/$id"
}

read_file() { IFS= read -r -d '' REPLY <"$1" || true; printf '%s' "$REPLY"; }

pass() { RESULT[$1]="ok${2:+ $2}"; say "$1: ok ${2:-}"; }
flunk() { RESULT[$1]="FAILED${2:+ ($2)}"; say "$1: FAILED ${2:-}"; }

JAR1="$WORK/browser1.jar" JAR2="$WORK/browser2.jar" JAR3="$WORK/browser3.jar"
USER_NAME="smoke-lead" PASSWORD="smoke-password-$RANDOM$RANDOM"
N1="$(node_url 0)" N2="$(node_url 1)"

# --- accounts: created on node 1, signs in on node 2 ------------------------------------------------
created="$(setup_admin "$JAR1" "$N1" "$USER_NAME" "$PASSWORD")"
say "setup on node 1: $created"
[[ "$created" == 302* ]] || fail_early "could not create the first account on node 1 ($created)"
signed_in="$(sign_in "$JAR2" "$N2" "$USER_NAME" "$PASSWORD")"
say "sign-in on node 2: $signed_in"
if [[ "$signed_in" == 302* ]] && [[ "$signed_in" != *login* ]] && [[ "$(page_status "$JAR2" "$N2/")" == 200* ]]; then
  pass accounts
else
  flunk accounts "node 2 answered $signed_in"
  # The content checks need a signed-in lead on node 2 anyway: one of its own (accounts are per node without shared storage).
  : >"$JAR2"
  created2="$(setup_admin "$JAR2" "$N2" "$USER_NAME" "$PASSWORD")"
  [[ "$created2" == 302* ]] || created2="$(sign_in "$JAR2" "$N2" "$USER_NAME" "$PASSWORD")"
  say "own account on node 2: $created2"
fi

# --- cookie: node 1's sign-in cookie on node 2 ------------------------------------------------------
cookie_status="$(page_status "$JAR1" "$N2/")"
if [[ "$cookie_status" == 200* ]]; then pass cookie; else flunk cookie "node 2 answered $cookie_status"; fi

# --- search: a save through node 1 is found on node 2 within 2 s ------------------------------------
mapfile -t ARTICLES < <(cd "$WORK/node1/content" && find articles -name '*.md' -path '*/en/*' | sort | head -n 3)
[ "${#ARTICLES[@]}" -eq 3 ] || fail_early "the content has fewer than three English articles"
id_of() { echo "${1%.md}"; }

WORD="smoke$(tr -dc 'a-z' </dev/urandom | head -c 10)"
DOC="$(id_of "${ARTICLES[0]}")"
base="$(version_of "$JAR1" "$N1" "$DOC")"
text="$(read_file "$WORK/node1/content/${ARTICLES[0]}")"$'\n\n'"Checked by the cluster smoke: $WORD."$'\n'
status="$(save "$JAR1" "$N1" "$DOC" "$text" "$base")"
saved_at="$(now_ms)"
found=""
while [ $(( $(now_ms) - saved_at )) -le 2000 ]; do
  if curl -s -b "$JAR2" "$N2/api/v1/search?q=$WORD" | grep -q '"total":[1-9]'; then found="$(( $(now_ms) - saved_at ))"; break; fi
  sleep 0.05
done
if [ "$status" = 200 ] && [ -n "$found" ]; then pass search "${found} ms"; else flunk search "save answered $status, found after ${found:-more than 2000} ms"; fi

# --- media: a picture attached through node 1's editor is served by node 2 within 2 s ----------------
# As the editor sends it: the page's antiforgery token in a header, the file as the body.
PICTURE="$WORK/smoke.png"
base64 -d >"$PICTURE" <<<'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='
form_token="$(curl -s -b "$JAR1" -c "$JAR1" "$N1/" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')"
attached="$(curl -s -b "$JAR1" -c "$JAR1" -X POST -H 'Content-Type: application/octet-stream' -H "RequestVerificationToken: $form_token" \
  --data-binary "@$PICTURE" "$N1/media?document=${ARTICLES[0]}&name=smoke.png")"
MEDIA="$(printf '%s' "$attached" | grep -o '"path":"media/[^"]*"' | sed 's/.*:"//; s/"$//')"
say "attached on node 1: $attached"
attached_at="$(now_ms)"
served=""
while [ -n "$MEDIA" ] && [ $(( $(now_ms) - attached_at )) -le 2000 ]; do
  if [ "$(curl -s -o "$WORK/served.png" -w '%{http_code}' -b "$JAR2" "$N2/$MEDIA")" = 200 ] && cmp -s "$WORK/served.png" "$WORK/node1/content/$MEDIA"; then
    served="$(( $(now_ms) - attached_at ))"; break
  fi
  sleep 0.05
done
if [ -n "$served" ]; then pass media "${served} ms"; else flunk media "node 1 answered ${attached:-nothing}; node 2 did not serve the same file within 2 s"; fi

# --- conflict: simultaneous saves of one file on both nodes -----------------------------------------
DOC="$(id_of "${ARTICLES[1]}")"
original="$(read_file "$WORK/node1/content/${ARTICLES[1]}")"
base="$(version_of "$JAR1" "$N1" "$DOC")"
( save "$JAR1" "$N1" "$DOC" "$original"$'\n'"Saved on node 1." "$base" >"$WORK/conflict1" ) &
c1=$!
( save "$JAR2" "$N2" "$DOC" "$original"$'\n'"Saved on node 2." "$base" >"$WORK/conflict2" ) &
c2=$!
wait "$c1" "$c2"
codes="$(cat "$WORK/conflict1") $(cat "$WORK/conflict2")"
winner=""
[ "$codes" = "200 409" ] && winner="Saved on node 1."
[ "$codes" = "409 200" ] && winner="Saved on node 2."
same=""
deadline=$(( $(now_ms) + 2000 ))
while [ -n "$winner" ] && [ "$(now_ms)" -le "$deadline" ]; do
  if cmp -s "$WORK/node1/content/${ARTICLES[1]}" "$WORK/node2/content/${ARTICLES[1]}" && grep -qF "$winner" "$WORK/node2/content/${ARTICLES[1]}"; then same=1; break; fi
  sleep 0.05
done
if [ -n "$winner" ] && [ -n "$same" ]; then pass conflict "$codes"; else flunk conflict "statuses $codes, files equal: ${same:-no}"; fi

# --- kill: node 1 killed in the middle of a save ----------------------------------------------------
# Kill -9 node 1 inside a save: the moment its journal (data/cluster/save-in-progress.json) appears,
# which is from just before it writes its file until just after the commit; then, should that miss,
# at fixed delays after the request went out. A kill inside leaves the change committed but
# unanswered, or the journal behind (file written or about to be, not committed).
# After every kill: node 2 serves exactly the latest committed version, saves on node 2 go on, and
# node 1, restarted, ends up with node 2's file.
DOC="$(id_of "${ARTICLES[2]}")"
FILE="${ARTICLES[2]}"
head_of() { psql_value "SELECT coalesce(hash, 'deleted') || ' ' || change_id FROM kb_content_heads WHERE path = '$FILE' AND change_id IS NOT NULL"; }
kills="" inside="" kill_ok=1
JOURNAL="$WORK/node1/data/cluster/save-in-progress.json"
for delay in journal journal journal 0.05 0.2; do
  base="$(version_of "$JAR1" "$N1" "$DOC")"
  before="$(head_of)"
  ( save "$JAR1" "$N1" "$DOC" "$(read_file "$WORK/node1/content/$FILE")"$'\n'"Saved as node 1 died ($delay s)." "$base" >"$WORK/killed" ) &
  k=$!
  if [ "$delay" = journal ]; then
    # Builtins only in this loop (no date, no subshell): the journal lives for a few milliseconds.
    until_second=$(( SECONDS + 5 ))
    while [ ! -f "$JOURNAL" ] && kill -0 "$k" 2>/dev/null && [ "$SECONDS" -lt "$until_second" ]; do :; done
  else
    sleep "$delay"
  fi
  kill -9 "${NODE_PIDS[0]}" 2>/dev/null
  wait "${NODE_PIDS[0]}" 2>/dev/null
  NODE_PIDS[0]=""
  wait "$k"
  answer="$(cat "$WORK/killed" 2>/dev/null)"
  after="$(head_of)"
  if [ -f "$JOURNAL" ]; then
    class="file written, not committed"; inside=1
  elif [ "$after" != "$before" ] && [ "$answer" != 200 ]; then
    class="committed, unanswered"; inside=1
  elif [ "$answer" = 200 ]; then
    class="finished first"
  else
    class="not reached"
  fi
  head_hash="${after%% *}"
  consistent=""
  deadline=$(( $(now_ms) + 2000 ))
  while [ "$(now_ms)" -le "$deadline" ]; do
    node2_version="$(version_of "$JAR2" "$N2" "$DOC")"
    if { [ -n "$after" ] && [ "$node2_version" = "$head_hash" ]; } || { [ -z "$after" ] && [ "$node2_version" = "$base" ]; }; then consistent=1; break; fi
    sleep 0.05
  done
  after_kill="$(save "$JAR2" "$N2" "$DOC" "$(read_file "$WORK/node2/content/$FILE")"$'\n'"Saved on node 2 after node 1 died ($delay s)." "$(version_of "$JAR2" "$N2" "$DOC")")"
  start_node 0
  caught_up=""
  if wait_ready 0; then
    deadline=$(( $(now_ms) + 5000 ))
    while [ "$(now_ms)" -le "$deadline" ]; do
      cmp -s "$WORK/node1/content/$FILE" "$WORK/node2/content/$FILE" && { caught_up=1; break; }
      sleep 0.1
    done
  fi
  say "kill (${delay}): $class (answer ${answer:-none}); node 2 consistent: ${consistent:-no}; save on node 2 after: $after_kill; node 1 caught up: ${caught_up:-no}"
  kills="$kills${kills:+, }$class"
  { [ -n "$consistent" ] && [ "$after_kill" = 200 ] && [ -n "$caught_up" ]; } || kill_ok=""
  [ -z "$kill_ok" ] && break
  [ -n "$inside" ] && break
done
if [ -n "$kill_ok" ] && [ -n "$inside" ]; then
  pass kill "$kills"
elif [ -n "$kill_ok" ]; then
  flunk kill "consistent every time, but no kill landed inside a save: $kills"
else
  flunk kill "inconsistent after: $kills (see the log)"
fi

# --- nginx: ready, sticky, WebSocket ----------------------------------------------------------------
NG="http://127.0.0.1:$NGINX_PORT"
ready_via_nginx="$(curl -s -o /dev/null -w '%{http_code}' "$NG/healthz/ready")"
nginx_sign_in="$(sign_in "$JAR3" "$NG" "$USER_NAME" "$PASSWORD")"
say "sign-in through nginx: $nginx_sign_in"
first="$(curl -s -D - -o /dev/null -b "$JAR3" -c "$JAR3" "$NG/login")"
upstreams="$(echo "$first" | grep -i '^x-smoke-upstream' | tr -d '\r' | awk '{print $2}')"
for _ in 1 2 3 4 5; do
  upstreams="$upstreams $(curl -s -D - -o /dev/null -b "$JAR3" -c "$JAR3" "$NG/login" | grep -i '^x-smoke-upstream' | tr -d '\r' | awk '{print $2}')"
done
distinct="$(echo "$upstreams" | tr ' ' '\n' | grep -v '^$' | sort -u | wc -l)"
token="$(curl -s -b "$JAR3" -c "$JAR3" -X POST "$NG/_blazor/negotiate?negotiateVersion=1" | grep -o '"connectionToken":"[^"]*"' | sed 's/.*:"//; s/"//')"
upgrade="$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 -b "$JAR3" -H 'Connection: Upgrade' -H 'Upgrade: websocket' \
  -H 'Sec-WebSocket-Version: 13' -H 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==' "$NG/_blazor?id=$token")"
if [ "$ready_via_nginx" = 200 ] && [ "$distinct" = 1 ] && [ "$upgrade" = 101 ]; then
  pass nginx "one upstream per browser, WebSocket 101"
else
  flunk nginx "ready $ready_via_nginx, upstreams for one browser: $distinct, WebSocket: $upgrade"
fi

# --- limits: sign-in attempts are counted once for the whole cluster ---------------------------------
# 30 sign-in posts through nginx from a client that keeps no cookie (so nginx spreads them over both
# nodes, each of which would allow 20 a minute): at most a minute's allowance may reach the nodes.
reached=0 refused=0
for _ in $(seq 1 30); do
  answer="$(curl -s -D - -o /dev/null -X POST --data 'Input.UserName=nobody&Input.Password=wrong' "$NG/login" | tr -d '\r')"
  if printf '%s\n' "$answer" | grep -qi '^x-smoke-upstream: [0-9]'; then reached=$((reached + 1)); else refused=$((refused + 1)); fi
done
if [ "$reached" -le 25 ] && [ "$refused" -ge 5 ]; then pass limits "$reached of 30 reached the nodes"; else flunk limits "$reached of 30 sign-in posts reached the nodes"; fi

# --- verdict ----------------------------------------------------------------------------------------
summary=""
all=1
for check in accounts cookie search media conflict kill nginx limits; do
  summary="$summary${summary:+; }$check ${RESULT[$check]:-not run}"
  [[ "${RESULT[$check]:-}" == ok* ]] || all=""
done
if [ -n "$all" ]; then
  echo "cluster-smoke: PASS ($summary)"
  exit 0
fi
echo "cluster-smoke: FAIL ($summary)"
exit 1
