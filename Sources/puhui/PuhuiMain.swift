import PuhuiCLI

/// The executable: runs the command tree. An async entry point, so the root's asynchronous
/// `main` runs (`puhui serve` is async; every other command runs as before).
@main
enum PuhuiMain {
    static func main() async {
        await Puhui.main()
    }
}
