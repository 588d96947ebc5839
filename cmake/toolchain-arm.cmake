# Cross-build fdkit for arm with Debian's gcc-arm-linux-gnueabihf
# (apt-get install gcc-arm-linux-gnueabihf libc6-dev-*-cross; qemu-user to run the tests):
#
#   cmake -S . -B build-arm -DCMAKE_TOOLCHAIN_FILE=cmake/toolchain-arm.cmake
#   cmake --build build-arm && ctest --test-dir build-arm
#
# or `make test-cross-arm`.  The ABI lock is spec/abi/arm.yaml.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR armv7l)
set(CMAKE_C_COMPILER arm-linux-gnueabihf-gcc)
set(CMAKE_NM arm-linux-gnueabihf-nm)
set(CMAKE_FIND_ROOT_PATH /usr/arm-linux-gnueabihf)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_CROSSCOMPILING_EMULATOR qemu-arm -L /usr/arm-linux-gnueabihf)
