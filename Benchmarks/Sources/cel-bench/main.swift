print("cel-bench: being written")
