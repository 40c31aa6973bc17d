import PuhuiCLI
import Testing

@Suite("Command tree")
struct CommandTreeTests {
    @Test func rootCommandIsPuhui() {
        #expect(Puhui.configuration.commandName == "puhui")
    }
}
