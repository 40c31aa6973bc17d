import DataGen

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

exit(DataGenCommand.run(Array(CommandLine.arguments.dropFirst())))
