"""Prints MediaPipe Pose's 33 landmarks for one photo as JSON, for `rebalance posture angles --view …` and the
assessment's "Place points automatically". The photo is turned upright by its EXIF orientation first, so the points
match what a browser shows. Runs offline: the pose model ships inside the mediapipe 0.10.21 wheel."""
import json
import sys

import mediapipe as mp
import numpy as np
from PIL import Image, ImageOps


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: detect-pose PHOTO", file=sys.stderr)
        return 2
    try:
        image = ImageOps.exif_transpose(Image.open(sys.argv[1])).convert("RGB")
    except (OSError, ValueError) as error:
        print(f"detect-pose: cannot read {sys.argv[1]}: {error}", file=sys.stderr)
        return 2
    # model_complexity 1 is the model inside the wheel; 0 and 2 would try to download one.
    with mp.solutions.pose.Pose(static_image_mode=True, model_complexity=1) as pose:
        result = pose.process(np.asarray(image))
    if result.pose_landmarks is None:
        print("detect-pose: no person found in the photo", file=sys.stderr)
        return 1
    landmarks = [
        {"x": p.x, "y": p.y, "z": p.z, "visibility": p.visibility} for p in result.pose_landmarks.landmark
    ]
    json.dump({"imageWidth": image.width, "imageHeight": image.height, "landmarks": landmarks}, sys.stdout)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
