import gc

gc.disable()  # a one-shot process, as in cli.run(): no cyclic collection while the modules load either

from generator.cli import run  # noqa: E402

run()
