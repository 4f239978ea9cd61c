#!/bin/bash
# usage: bench/micro/eval_cg.sh BIN CASE... -> instructions per iteration (N=200000 minus N=100000)/100000
BIN=$1; shift
for c in "$@"; do
  a=$(PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/dev/null $BIN "$(dirname "$0")/eval.py" $c 100000 2>&1 >/dev/null | grep -o 'Collected : [0-9]*' | awk '{print $3}')
  b=$(PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/dev/null $BIN "$(dirname "$0")/eval.py" $c 200000 2>&1 >/dev/null | grep -o 'Collected : [0-9]*' | awk '{print $3}')
  echo "$c $(( (b - a) / 100000 ))"
done
