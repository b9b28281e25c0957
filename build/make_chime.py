#!/usr/bin/env python3
"""Generate resources/sounds/chime.wav: a soft two-tone "ding-dong" announcement chime.

Standard library only (wave, math, array), so it can be regenerated anywhere:

    python3 build/make_chime.py [output.wav]

Design: two bell-like notes, E5 (659.26 Hz) then C5 (523.25 Hz), each with a
short raised-cosine attack (no click), an exponential decay, and a few soft
harmonics that decay faster than the fundamental. The first note keeps ringing
under the second, as on a real chime. The whole signal is faded to exact
silence at the end and normalised to a peak of -3 dBFS.
Output: 44100 Hz, mono, 16-bit PCM, ~1.4 s.
"""

import array
import math
import os
import sys
import wave

RATE = 44100
DURATION = 1.4  # seconds, total
PEAK_DBFS = -3.0
ATTACK = 0.012  # seconds, raised-cosine attack
END_FADE = 0.15  # seconds, raised-cosine fade-out at the very end
LEAD_IN = 0.005  # seconds of silence before the first note

# (start time s, fundamental Hz, level, decay time constant s)
NOTES = [
    (LEAD_IN, 659.26, 1.00, 0.42),  # "ding"  E5
    (LEAD_IN + 0.50, 523.25, 1.00, 0.45),  # "dong"  C5
]
# (frequency ratio, relative level, decay-speed multiplier): harmonics fade faster
PARTIALS = [
    (1.0, 1.00, 1.0),
    (2.0, 0.28, 1.8),
    (3.0, 0.10, 2.6),
    (4.0, 0.04, 3.4),
]


def render():
    n = int(RATE * DURATION)
    buf = [0.0] * n
    for start, freq, level, tau in NOTES:
        i0 = int(start * RATE)
        attack_n = int(ATTACK * RATE)
        for k, (ratio, amp, speed) in enumerate(PARTIALS):
            f = freq * ratio
            if f >= RATE / 2:
                continue
            w = 2.0 * math.pi * f / RATE
            t_decay = tau / speed
            phase = 0.3 * k  # small phase offsets keep the onset smooth
            for j in range(n - i0):
                t = j / RATE
                env = math.exp(-t / t_decay)
                if j < attack_n:
                    env *= 0.5 - 0.5 * math.cos(math.pi * j / attack_n)
                buf[i0 + j] += level * amp * env * math.sin(w * j + phase)
    # fade the tail to exact silence
    fade_n = int(END_FADE * RATE)
    for j in range(fade_n):
        g = 0.5 + 0.5 * math.cos(math.pi * (j + 1) / fade_n)
        buf[n - fade_n + j] *= g
    # normalise to the target peak
    peak = max(abs(x) for x in buf) or 1.0
    gain = (10.0 ** (PEAK_DBFS / 20.0)) / peak
    return [x * gain for x in buf]


def write_wav(path, samples):
    pcm = array.array("h", (round(max(-1.0, min(1.0, x)) * 32767) for x in samples))
    if sys.byteorder == "big":
        pcm.byteswap()  # WAV is little-endian
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(pcm.tobytes())


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "resources", "sounds", "chime.wav")
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.normpath(default)
    samples = render()
    write_wav(out, samples)
    peak = max(abs(x) for x in samples)
    print(
        f"wrote {out}: {len(samples) / RATE:.2f} s, {RATE} Hz mono 16-bit, "
        f"peak {20 * math.log10(peak):.2f} dBFS"
    )


if __name__ == "__main__":
    main()
