import PuhuiCLI

/// `puhui`: the command tree in `PuhuiCLI`, run asynchronously (the store boundary is async).
@main
struct PuhuiMain {
    static func main() async {
        await Puhui.main()
    }
}
