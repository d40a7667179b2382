// Record an answer in the browser and put the offline transcription into the answer box.
// Loaded only when the server has a speech model (see docs/practice.md).
(function () {
  const button = document.getElementById("record");
  const box = document.querySelector("#answer-form textarea");
  if (!button || !box || !navigator.mediaDevices || !window.MediaRecorder) {
    if (button) button.hidden = true;
    return;
  }
  const startLabel = button.textContent;
  const csrf = document.querySelector("#answer-form [name=csrfmiddlewaretoken]").value;
  let recorder = null;
  let chunks = [];
  button.addEventListener("click", async () => {
    if (recorder && recorder.state === "recording") {
      recorder.stop();
      return;
    }
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    recorder = new MediaRecorder(stream);
    chunks = [];
    recorder.ondataavailable = (event) => chunks.push(event.data);
    recorder.onstop = async () => {
      stream.getTracks().forEach((track) => track.stop());
      button.textContent = startLabel;
      const form = new FormData();
      form.append("audio", new Blob(chunks, { type: recorder.mimeType }), "answer.webm");
      form.append("language", button.dataset.language);
      const response = await fetch(button.dataset.url, {
        method: "POST",
        body: form,
        headers: { "X-CSRFToken": csrf },
      });
      const data = await response.json();
      if (data.text) box.value = (box.value ? box.value + "\n" : "") + data.text;
    };
    recorder.start();
    button.textContent = button.dataset.stop;
  });
})();
