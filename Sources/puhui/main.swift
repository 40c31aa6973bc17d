import PuhuiCLI

Puhui.main()
