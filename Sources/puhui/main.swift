import PuhuiCLI

await Puhui.main()
