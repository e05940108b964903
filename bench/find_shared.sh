# Sourced by the benchmark scripts, with `root` set to the repository: sets
# `shared` to the project's shared folder (../shared beside the main clone,
# or two levels up from a worktree under wt/), or to $SHARED when given.
shared=${SHARED:-}
for d in "$root/../shared" "$root/../../shared"; do
    if [ -z "$shared" ] && [ -d "$d/bench" ]; then shared=$(cd "$d" && pwd); fi
done
