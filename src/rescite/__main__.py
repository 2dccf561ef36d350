from rescite.cli import main

main()
