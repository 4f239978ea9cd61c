#!/bin/bash
# usage: bench/micro/coro_cg.sh BIN CASE... -> instructions per iteration (N=20000 minus N=10000)/10000
BIN=$1; shift
for c in "$@"; do
  a=$(PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/dev/null $BIN "$(dirname "$0")/coro.py" $c 10000 2>&1 >/dev/null | grep -o 'Collected : [0-9]*' | awk '{print $3}')
  b=$(PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/dev/null $BIN "$(dirname "$0")/coro.py" $c 20000 2>&1 >/dev/null | grep -o 'Collected : [0-9]*' | awk '{print $3}')
  echo "$c $(( (b - a) / 10000 ))"
done
