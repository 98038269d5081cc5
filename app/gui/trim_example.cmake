# Run after the example sweep (app/CMakeLists.txt): the example workspace keeps its database and
# logs; its checkpoints go (tens of MB; their recorded paths name the build folder, and nothing
# the pages show reads them). Exporting a model or resuming in the example says the checkpoint is
# missing, by name.
file(GLOB_RECURSE checkpoints "${DIR}/*.pt" "${DIR}/*.pt.best" "${DIR}/*.pt.tmp")
if(checkpoints)
  file(REMOVE ${checkpoints})
endif()
# The run-lock folder: only live processes hold locks in it, and the generating one has ended.
file(REMOVE_RECURSE "${DIR}/example.sqlite.locks")
