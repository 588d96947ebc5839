# Cross-build fdkit for riscv64 with Debian's gcc-riscv64-linux-gnu
# (apt-get install gcc-riscv64-linux-gnu libc6-dev-*-cross; qemu-user to run the tests):
#
#   cmake -S . -B build-riscv64 -DCMAKE_TOOLCHAIN_FILE=cmake/toolchain-riscv64.cmake
#   cmake --build build-riscv64 && ctest --test-dir build-riscv64
#
# or `make test-cross-riscv64`.  The ABI lock is spec/abi/riscv64.yaml.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR riscv64)
set(CMAKE_C_COMPILER riscv64-linux-gnu-gcc)
set(CMAKE_NM riscv64-linux-gnu-nm)
set(CMAKE_FIND_ROOT_PATH /usr/riscv64-linux-gnu)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_CROSSCOMPILING_EMULATOR qemu-riscv64 -L /usr/riscv64-linux-gnu)
