/// What a command needs of an existing registry file.
public enum RegistryAccess: Sendable, Equatable {
    /// Reading only: the connections are opened read-only, so the file, its directory and its
    /// `-wal`/`-shm` files may all be without write permission.
    case read
    /// Changing it: the file and its directory must be writable by this user.
    case write
}
