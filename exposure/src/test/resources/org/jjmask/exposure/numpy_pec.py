"""Independent forward model of e-beam exposure, pecpy's method (maple367/pecpy: the pattern as a
pixel image, convolved with the point-spread function by FFT), for jjmask's exposure tests.

Input (argv[1]): a text file, first line "alpha_nm beta_nm eta radius_nm pixel_nm", then one hole
centre "x_nm y_nm" per line. The pattern is rasterised with 4x4 supersampling per pixel; the PSF
is the normalised double Gaussian of Chang (1975), each term integrated over the pixel with erf
(both terms are separable); the convolution is numpy.fft.rfft2 over the image padded by 4 beta.
Output (stdout): the absorbed energy at every hole centre (bilinear in the image), one per line,
then "seconds T" for the time of rasterising and convolving.
"""
import math
import sys
import time

import numpy as np


def pixel_kernel_1d(sigma, pixel, half):
    k = np.arange(-half, half + 1, dtype=float)
    erf = np.vectorize(math.erf)
    w = (erf((k + 0.5) * pixel / sigma) - erf((k - 0.5) * pixel / sigma)) / 2
    return w / w.sum()


def main():
    with open(sys.argv[1]) as f:
        alpha, beta, eta, radius, pixel = map(float, f.readline().split())
        xy = np.loadtxt(f, ndmin=2)
    t0 = time.time()
    pad = 4 * beta
    x0 = xy[:, 0].min() - pad
    y0 = xy[:, 1].min() - pad
    nx = int(math.ceil((xy[:, 0].max() + pad - x0) / pixel)) + 1
    ny = int(math.ceil((xy[:, 1].max() + pad - y0) / pixel)) + 1
    img = np.zeros((ny, nx))
    # rasterise each disc with 4x4 samples per pixel over its bounding box of pixels
    sub = (np.arange(4) + 0.5) / 4
    reach = int(math.ceil(radius / pixel)) + 1
    offs = np.arange(-reach, reach + 1)
    for cx, cy in xy:
        ix = int(round((cx - x0) / pixel))
        iy = int(round((cy - y0) / pixel))
        px = x0 + (ix + offs[None, :, None, None] + sub[None, None, None, :] - 0.5) * pixel
        py = y0 + (iy + offs[:, None, None, None] + sub[None, None, :, None] - 0.5) * pixel
        inside = ((px - cx) ** 2 + (py - cy) ** 2 <= radius * radius).mean(axis=(2, 3))
        img[iy - reach:iy + reach + 1, ix - reach:ix + reach + 1] += inside
    # image pixel (i, j) covers [x0 + (j - 1/2) p, x0 + (j + 1/2) p]: pixel centres at x0 + j p
    total = np.zeros_like(img)
    spectrum = np.fft.rfft2(img)
    for sigma, weight in ((alpha, 1.0), (beta, eta)):
        half_x = min(nx // 2 - 1, int(math.ceil(4 * sigma / pixel)))
        half_y = min(ny // 2 - 1, int(math.ceil(4 * sigma / pixel)))
        kx = pixel_kernel_1d(sigma, pixel, half_x)
        ky = pixel_kernel_1d(sigma, pixel, half_y)
        kern = np.zeros((ny, nx))
        block = np.outer(ky, kx)
        kern[:2 * half_y + 1, :2 * half_x + 1] = block
        kern = np.roll(kern, (-half_y, -half_x), axis=(0, 1))
        total += weight * np.fft.irfft2(spectrum * np.fft.rfft2(kern), s=img.shape)
    total /= 1 + eta
    seconds = time.time() - t0
    fx = (xy[:, 0] - x0) / pixel
    fy = (xy[:, 1] - y0) / pixel
    ix = np.floor(fx).astype(int)
    iy = np.floor(fy).astype(int)
    ax = fx - ix
    ay = fy - iy
    e = (total[iy, ix] * (1 - ax) * (1 - ay) + total[iy, ix + 1] * ax * (1 - ay)
         + total[iy + 1, ix] * (1 - ax) * ay + total[iy + 1, ix + 1] * ax * ay)
    out = sys.stdout
    for v in e:
        out.write("%.9f\n" % v)
    out.write("seconds %.3f\n" % seconds)


if __name__ == "__main__":
    main()
