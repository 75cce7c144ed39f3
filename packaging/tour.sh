# Sourced by the clean-system tests (test-install.sh, windows/test-install.sh): an Xvfb of its
# own and a tour of the running program's window: start-up time, every page screenshotted.

start_xvfb() {  # a free display number chosen by Xvfb itself (never a fixed one)
  local fifo; fifo=$(mktemp -u); mkfifo "$fifo"
  Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$fifo" >/dev/null 2>&1 &
  xvfb_pid=$!
  DISPLAY=:$(head -1 "$fifo"); export DISPLAY; rm -f "$fifo"
  log "Xvfb on $DISPLAY"
}

tour_window() {  # PID SHOTS TIMEOUT_S [ROW0_Y ROW_PITCH]: wait for the demo window, open every page
  local pid=$1 shots=$2 limit=$(($3 * 10)) row0=${4:-88} pitch=${5:-36} win="" page
  local t0; t0=$(date +%s.%N)
  for _ in $(seq 1 "$limit"); do
    win=$(xdotool search --onlyvisible --name "Демонстрационная область" 2>/dev/null | head -1 || true)
    [ -n "$win" ] && break
    kill -0 "$pid" 2>/dev/null || { tail -20 "$shots/app.log"; fail "the program exited"; }
    sleep 0.1
  done
  [ -n "$win" ] || { tail -20 "$shots/app.log"; fail "no window after $3 s"; }
  startup=$(printf '%.1f' "$(echo "$(date +%s.%N) - $t0" | bc)")
  log "main window after $startup s"
  sleep 3
  for page in 0 1 2 3 4 5 6 7 8 9; do  # click the navigation list's rows
    xdotool mousemove --window "$win" 80 $((row0 + pitch * page)) click 1
    sleep 3
    import -window root "$shots/page-$((page + 1)).png"
    kill -0 "$pid" 2>/dev/null || { tail -20 "$shots/app.log"; fail "the program died on page $page"; }
  done
  log "screenshots: $shots"
}
