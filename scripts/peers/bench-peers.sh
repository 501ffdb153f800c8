# The peers section of scripts/bench (sourced by it; uses its log, serve, stop_service, free_port, PIDS, RES,
# QUICK and NGINX): ControlMap's OGC API - Features against QGIS Server 3.22 and MapServer 8.0 serving the same
# GeoPackage's claims layer through theirs, each behind nginx + spawn-fcgi with two worker processes.
# For each store: five requests (first page, a bbox of about a hundred claims, a datetime instant, a property
# filter, a deep offset), each checked once for the features it returns, then loaded with the same wrk,
# ControlMap, QGIS Server and MapServer alternating, in each of the rounds.

peers_install() {
  local need=()
  [ -x /usr/lib/cgi-bin/qgis_mapserv.fcgi ] || need+=(qgis-server)
  [ -x /usr/lib/cgi-bin/mapserv ] || need+=(cgi-mapserver)
  command -v spawn-fcgi >/dev/null 2>&1 || need+=(spawn-fcgi)
  /usr/bin/python3 -c 'import qgis.core' 2>/dev/null || need+=(python3-qgis)
  if ((${#need[@]})); then
    log "installing ${need[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
  fi
}

# peers_start STORE DIR: QGIS Server and MapServer on STORE's claims layer; sets QGIS_ITEMS and MS_ITEMS
peers_start() {
  local store dir port
  store=$(readlink -f "$1")
  mkdir -p "$2/logs"
  dir=$(readlink -f "$2")
  chmod 755 "$dir"
  QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$dir" /usr/bin/python3 scripts/peers/qgis-project.py "$store" \
    "$dir/claims.qgs" > "$dir/logs/qgis-project.txt" 2>&1 || { cat "$dir/logs/qgis-project.txt"; exit 1; }
  port=$(free_port)
  sed "s#@STORE@#$store#; s#@BASE@#http://127.0.0.1:$port/claims/ogcapi#" scripts/peers/mapfile.map.in > "$dir/claims.map"
  printf 'CONFIG\n  MAPS\n    CLAIMS "%s"\n  END\nEND\n' "$dir/claims.map" > "$dir/mapserver.conf"
  QGIS_SERVER_LOG_LEVEL=2 QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$dir" QGIS_PROJECT_FILE="$dir/claims.qgs" \
    spawn-fcgi -s "$dir/qgis.sock" -M 666 -F 2 -P "$dir/qgis.pids" -- /usr/lib/cgi-bin/qgis_mapserv.fcgi > /dev/null
  MAPSERVER_CONFIG_FILE="$dir/mapserver.conf" \
    spawn-fcgi -s "$dir/mapserver.sock" -M 666 -F 2 -P "$dir/mapserver.pids" -- /usr/lib/cgi-bin/mapserv > /dev/null
  PEERS_DIR=$dir # stopped by peers_stop, or by scripts/bench's cleanup when the run fails
  cat > "$dir/nginx.conf" <<CONF
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/logs/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  keepalive_requests 1000000;
  fastcgi_read_timeout 600s;
  server {
    listen 127.0.0.1:$port;
    location /claims/ {
      include /etc/nginx/fastcgi_params;
      fastcgi_param PATH_INFO \$uri;
      fastcgi_param SCRIPT_NAME "";
      fastcgi_param MAPSERVER_CONFIG_FILE $dir/mapserver.conf;
      fastcgi_pass unix:$dir/mapserver.sock;
    }
    location / {
      include /etc/nginx/fastcgi_params;
      fastcgi_param QGIS_PROJECT_FILE $dir/claims.qgs;
      fastcgi_pass unix:$dir/qgis.sock;
    }
  }
}
CONF
  "$NGINX" -c "$dir/nginx.conf" -p "$dir"
  sleep 0.5
  QGIS_ITEMS="http://127.0.0.1:$port/wfs3/collections/claims/items.json"
  MS_ITEMS="http://127.0.0.1:$port/claims/ogcapi/collections/claims/items?f=json"
  curl -fs -o /dev/null "$QGIS_ITEMS?limit=1" || { echo "QGIS Server does not answer"; exit 1; }
  curl -fs -o /dev/null "$MS_ITEMS&limit=1" || { echo "MapServer does not answer"; exit 1; }
}

# stops the peers peers_start started (mapserv, as FastCGI, ignores SIGTERM: it is killed)
peers_stop() {
  [ -n "${PEERS_DIR:-}" ] || return 0
  local dir=$PEERS_DIR pid
  [ -f "$dir/nginx.pid" ] && { kill "$(cat "$dir/nginx.pid")" 2>/dev/null || true; }
  # (spawn-fcgi writes its pid files without a final newline)
  for pid in $(cat "$dir/qgis.pids" 2>/dev/null); do kill "$pid" 2>/dev/null || true; done
  for pid in $(cat "$dir/mapserver.pids" 2>/dev/null); do kill -KILL "$pid" 2>/dev/null || true; done
  PEERS_DIR=""
}

# the five requests for a store, sized from ControlMap's own answers
peers_requests() {
  local cm=$1
  python3 - "$cm" <<'PY'
import json, math, sys, urllib.request
cm = sys.argv[1]
def get(q):
    with urllib.request.urlopen(f"{cm}/ogc/collections/{q}", timeout=600) as r:
        return json.load(r)
first = get("claims/items?limit=1")
claims = first["numberMatched"]
places = get("places/items?limit=1")["numberMatched"]
source = first["features"][0]["properties"]["source"]
# a box around 38.5 E 35.0 N holding about five places: about a hundred claims at 20 claims a place
side = math.sqrt(5 * 6.7 * 5.0 / places)
box = f"{38.5 - side / 2:.4f},{35.0 - side / 2:.4f},{38.5 + side / 2:.4f},{35.0 + side / 2:.4f}"
print(f"first-page|limit=10")
print(f"bbox|bbox={box}&limit=1000")
print(f"datetime|datetime=2017-12-08&limit=10")
print(f"property|source={source}&limit=10")
print(f"deep-offset|offset={claims * 9 // 10}&limit=10")
PY
}

# peers_measure NAME STORE [JVM options…]
peers_measure() {
  local name=$1 store=$2
  shift 2
  local dir="$RES/peers/$name"
  mkdir -p "$dir"
  log "peers, $name: ControlMap, QGIS Server and MapServer on $store"
  serve "$store" "peers-$name" "$@"
  local cm="http://127.0.0.1:$SVC_PORT"
  peers_start "$store" "$dir/servers"
  peers_requests "$cm" > "$dir/requests.txt"
  python3 scripts/peers/same-answers.py "$dir/requests.txt" "$dir/answers.json" \
    "controlmap=$cm/ogc/collections/claims/items" "qgis=$QGIS_ITEMS" "mapserver=$MS_ITEMS"
  local rounds dur
  rounds=$([ "$QUICK" = 1 ] && echo 1 || echo 3)
  dur=$([ "$QUICK" = 1 ] && echo 5 || echo 10)
  echo "{\"rounds\": $rounds, \"duration\": \"${dur}s\", \"store\": \"$store\", \"jvm\": \"$*\"}" > "$dir/meta.json"
  local line req query server url r load conns secs
  while IFS= read -r line; do
    req=${line%%|*}
    query=${line#*|}
    # a request that takes seconds on one server is loaded with 2 connections for long enough to finish several on
    # each (at most 40 s); the three servers get the same load for the same request
    load=$(python3 - "$dir/answers.json" "$req" "$dur" <<'PY'
import json, math, sys
a = json.load(open(sys.argv[1]))[sys.argv[2]]["servers"]
slowest = max(s.get("seconds", 0) for s in a.values())
dur = int(sys.argv[3])
print(f"8 {dur}" if slowest < 0.5 else f"2 {max(dur, min(40, math.ceil(slowest * 4) + 1))}")
PY
)
    read -r conns secs <<< "$load"
    echo "{\"connections\": $conns, \"seconds\": $secs}" > "$dir/$req-load.json"
    for server in controlmap qgis mapserver; do
      case $server in
        controlmap) url="$cm/ogc/collections/claims/items?$query" ;;
        qgis) url="$QGIS_ITEMS?$query" ;;
        mapserver) url="$MS_ITEMS&$query" ;;
      esac
      echo "$url" > "$dir/$req-$server.url"
      if [ "$conns" = 8 ]; then wrk -t2 -c8 -d2s --timeout 60s "$url" > /dev/null; fi
    done
    for r in $(seq 0 $((rounds - 1))); do
      for server in controlmap qgis mapserver; do
        wrk -t2 -c"$conns" -d"${secs}s" --timeout 60s --latency "$(cat "$dir/$req-$server.url")" \
          > "$dir/$req-$server-$r.txt"
      done
      log "  $name $req round $r: ControlMap $(awk '/Requests\/sec/ {print $2}' "$dir/$req-controlmap-$r.txt"), QGIS Server $(awk '/Requests\/sec/ {print $2}' "$dir/$req-qgis-$r.txt"), MapServer $(awk '/Requests\/sec/ {print $2}' "$dir/$req-mapserver-$r.txt") req/s"
    done
  done < "$dir/requests.txt"
  peers_stop
  stop_service
}

peers_section() {
  peers_install
  local seed="$DATA/peers-seed.gpkg"
  rm -f "$seed" "$seed"-*
  # the first start seeds the store; ControlMap keeps running while the peers read the same file
  peers_measure seed "$seed"
  peers_measure 1m "$(generate 50000 10 2)" -Xmx1536m
}
