"""What the tests share: builds, readers of each output, inputs, and constants.

Test modules import from here, never from each other.
"""
