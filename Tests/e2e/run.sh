#!/usr/bin/env bash
# End-to-end checks of the release binary: version, piped REPL, script mode, and the
# interactive REPL in a pseudo-terminal (tmux): typing, Ctrl-C mid-line, history, exit.
set -u
LAB=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
passed=0
failed=0
tmp=$(mktemp -d)
trap 'for n in labtest labtest2 labtest3; do tmux -L $n kill-server >/dev/null 2>&1; done; rm -rf "$tmp"' EXIT
export XDG_STATE_HOME="$tmp/state" HOME="$tmp/home"
mkdir -p "$HOME"

check() { # name, condition command...
    local name=$1; shift
    if "$@"; then passed=$((passed + 1)); echo "ok   $name"; else failed=$((failed + 1)); echo "FAIL $name"; fi
}

out=$("$LAB" --version)
check "lab --version prints the version" test "$out" = "lab 0.1.0"

out=$(printf 'aws sts get-caller-identity --query Account --output text\n' | "$LAB" --workspace "$tmp/ws")
check "piped REPL runs a command" grep -q '^123456789012$' <<<"$out"

printf 'aws sts get-caller-identity\naws nope\n' > "$tmp/s.sh"
out=$("$LAB" run --json "$tmp/s.sh")
check "lab run --json records exit codes" python3 -c '
import json,sys; r=json.loads(sys.argv[1]); assert [x["exit_code"] for x in r]==[0,252], r; assert r[1]["line"]==2' "$out"

if ! command -v tmux >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then apt-get install -y -qq tmux >/dev/null 2>&1 || true; fi
fi
if command -v tmux >/dev/null 2>&1; then
    tmux -L labtest new-session -d -s lab -x 120 -y 40 "$LAB --workspace $tmp/ws2; echo LAB-EXITED-\$?; sleep 30"
    screen() { tmux -L labtest capture-pane -p -t lab 2>/dev/null; }
    wait_for() { for _ in $(seq 1 50); do screen | grep -q "$1" && return 0; sleep 0.1; done; screen | grep -v '^$' | tail -6 | sed 's/^/     | /'; return 1; }
    check "REPL shows its prompt" wait_for 'lab \$'
    tmux -L labtest send-keys -t lab 'aws sts get-call' 
    sleep 0.3
    tmux -L labtest send-keys -t lab C-c
    sleep 0.3
    check "Ctrl-C cancels the line and the lab survives" wait_for '\^C'
    tmux -L labtest send-keys -t lab 'aws sts get-caller-identity --query Arn --output text' Enter
    check "a command runs after Ctrl-C" wait_for 'user/learner'
    tmux -L labtest send-keys -t lab 'echo one \' Enter 'two' Enter
    check "backslash continues a line" wait_for '^one two'
    # Type only once the prompt is there: keys typed earlier are echoed by the terminal itself.
    wait_for '^lab \$$' >/dev/null
    tmux -L labtest send-keys -t lab 'aws sq' Tab
    check "tab completes a service" wait_for 'lab \$ aws sqs$'
    tmux -L labtest send-keys -t lab 'list-queue-t' Tab
    check "tab completes an operation" wait_for 'lab \$ aws sqs list-queue-tags$'
    tmux -L labtest send-keys -t lab C-u
    sleep 0.3
    tmux -L labtest send-keys -t lab 'aws sqs get-queue-attributes --attribute-names Appro' Tab
    check "tab completes an enum value" wait_for 'attribute-names ApproximateNumberOfMessages$'
    tmux -L labtest send-keys -t lab C-u 'aws sqs send-message help' Enter
    check "help is generated from the model" wait_for 'message-body <value>'
    tmux -L labtest send-keys -t lab 'exit' Enter
    check "exit leaves with status 0" wait_for 'LAB-EXITED-0'
    check "history is kept" test -s "$XDG_STATE_HOME/lab/history"
    tmux -L labtest kill-server >/dev/null 2>&1 || true

    # A whole lesson as a learner plays it: start, type each step's commands, see each step
    # complete; quit in the middle, come back, find the progress.
    tmux -L labtest2 new-session -d -s lesson -x 160 -y 50 "$LAB --workspace $tmp/ws3; echo LAB-EXITED-\$?; sleep 30"
    lscreen() { tmux -L labtest2 capture-pane -p -S -200 -t lesson 2>/dev/null; }
    lwait() { for _ in $(seq 1 80); do lscreen | grep -q -- "$1" && return 0; sleep 0.1; done; lscreen | grep -v '^$' | tail -6 | sed 's/^/     | /'; return 1; }
    lwait 'lab \$'
    tmux -L labtest2 send-keys -t lesson '/start cli-basics' Enter
    check "a lesson starts in the REPL" lwait 'Step 1 of'
    tmux -L labtest2 send-keys -t lesson '/solution yes' Enter
    sleep 0.5
    first=$(lscreen | sed -n '/^Solution:/,/^\[cli-basics/p' | sed -n '2p' | sed 's/^  //')
    tmux -L labtest2 send-keys -t lesson "$first" Enter
    check "typing the solution completes step 1" lwait 'Step complete'
    tmux -L labtest2 send-keys -t lesson 'exit' Enter
    lwait 'LAB-EXITED-0'
    tmux -L labtest2 kill-session -t lesson >/dev/null 2>&1 || true
    tmux -L labtest2 new-session -d -s lesson -x 160 -y 50 "$LAB --workspace $tmp/ws3; echo LAB-EXITED-\$?; sleep 30"
    check "restarting resumes the lesson at step 2" lwait '\[cli-basics 2/'
    tmux -L labtest2 send-keys -t lesson '/status' Enter
    check "progress is kept across restarts" lwait 'Completed 1 of'
    tmux -L labtest2 kill-server >/dev/null 2>&1 || true

    # Every step of a lesson, typed as a learner types it.
    here=$(cd "$(dirname "$0")" && pwd)
    for lesson in ec2-key-pairs s3-basics s3-encryption sqs-queues sqs-polling sns-basics; do
        export XDG_STATE_HOME="$tmp/state-$lesson"
        tmux -L labtest3 new-session -d -s whole -x 200 -y 50 "$LAB --workspace $tmp/ws-$lesson; echo LAB-EXITED-\$?; sleep 60"
        wscreen() { tmux -L labtest3 capture-pane -p -S -3000 -t whole 2>/dev/null; }
        wwait() { for _ in $(seq 1 100); do wscreen | grep -q -- "$1" && return 0; sleep 0.1; done; wscreen | grep -v '^$' | tail -8 | sed 's/^/     | /'; return 1; }
        wwait 'lab \$'
        tmux -L labtest3 send-keys -t whole "/start $lesson" Enter
        wwait "\[$lesson 1/"
        steps=0
        while IFS= read -r keys; do
            tmux -L labtest3 send-keys -t whole -l "$keys"
            tmux -L labtest3 send-keys -t whole Enter
            sleep 0.4
        done < <(python3 "$here/lesson_keys.py" "$here/../../Lessons/$lesson.md")
        completed=$(wscreen | grep -c 'Step complete')
        total=$(grep -cE '^## (Step|Quiz):' "$here/../../Lessons/$lesson.md")
        check "playing $lesson completes all $total steps ($completed seen)" wwait 'Lesson complete'
        tmux -L labtest3 send-keys -t whole 'exit' Enter
        tmux -L labtest3 kill-session -t whole >/dev/null 2>&1 || true
    done
    tmux -L labtest3 kill-server >/dev/null 2>&1 || true
else
    echo "FAIL tmux is not available for the pseudo-terminal test"
    failed=$((failed + 1))
fi

echo "e2e: $passed passed, $failed failed"
[ "$failed" = 0 ]
