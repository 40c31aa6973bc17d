print("registry-bench: being written")
