#!/bin/bash
# ./examples/slurm/submit.sh SPEC [N] — N shards as a Slurm array, then the merge once all have succeeded.
# KIND=mc (default: mc-array.sbatch, MC_OPTS) or KIND=sweep (sweep-array.sbatch, SWEEP_OPTS, a CSV result).
# Run from the repository root after building the jar (./jjmask --version builds it).
set -euo pipefail
SPEC=${1:?usage: submit.sh SPEC [N]}
N=${2:-8}
KIND=${KIND:-mc}
case "$KIND" in
    mc) OUT=${OUT:-mc-parts}; RESULT=${RESULT:-mc-result.json} ;;
    sweep) OUT=${OUT:-sweep-parts}; RESULT=${RESULT:-sweep.csv} ;;
    *) echo "submit.sh: KIND must be mc or sweep, not '$KIND'" >&2; exit 2 ;;
esac
here=$(dirname "$0")
array=$(sbatch --parsable --array=0-$((N - 1)) --export=ALL,SPEC="$SPEC",N="$N",OUT="$OUT" "$here/$KIND-array.sbatch")
sbatch --dependency=afterok:"$array" --export=ALL,OUT="$OUT",RESULT="$RESULT" "$here/merge.sbatch"
echo "queued shards $array (0-$((N - 1))) and the merge after them; result in $RESULT"
