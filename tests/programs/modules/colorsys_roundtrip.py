# colorsys: RGB to and from HLS, HSV and YIQ, including greys, black and white.
import colorsys
for c in [(0.2,0.4,0.4),(1,0,0),(0,1,0),(0,0,1),(0.5,0.5,0.5),(0.9,0.1,0.3),(0.1,0.9,0.3),(0,0,0),(1,1,1)]:
    print(colorsys.rgb_to_hls(*c), colorsys.rgb_to_hsv(*c), colorsys.hls_to_rgb(*colorsys.rgb_to_hls(*c)), colorsys.hsv_to_rgb(*colorsys.rgb_to_hsv(*c)), colorsys.rgb_to_yiq(*c))
