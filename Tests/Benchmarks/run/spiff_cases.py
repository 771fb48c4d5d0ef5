#!/usr/bin/env python3
"""SpiffWorkflow peer for the `sop run` benchmark: SOP 01 as BPMN, one user task per step.

Each case: a workflow is created, each user task gets the same answers `sop run` records
for that step and is completed. Durability, by mode:
  step    the workflow state is serialized to a file and fsynced after each step (as the
          issue describes the peer);
  answer  it is also written after every single answer, as `sop run` commits every answer
          before the next prompt (equal durability: the same number of durable writes).
Prints one JSON line.
"""
import json, os, sys, time
from SpiffWorkflow.bpmn.parser.BpmnParser import BpmnParser
from SpiffWorkflow.bpmn.workflow import BpmnWorkflow
from SpiffWorkflow.bpmn.serializer import BpmnWorkflowSerializer
from SpiffWorkflow.util.task import TaskState

HERE = os.path.dirname(os.path.abspath(__file__))

# The answers of Tests/Fixtures/answers/01-lengkap.yaml, step by step.
ANSWERS = {
    "kegiatan_1": {"Identitas": True, "nama": "Siti Aminah", "nik": "3573014101900001", "telepon": "081234567890",
                   "alamat": "", "cara_menghubungi": "Telepon", "maksud": "Menanyakan syarat izin usaha mikro",
                   "Data pelapor": "Identitas dan maksud pelapor dicatat"},
    "kegiatan_2": {"catatan": "Staf pengaduan dihubungi lewat telepon internal"},
    "kegiatan_3": {"Berkas pengaduan": True, "Analisis Pengaduan": "Pelapor belum mengetahui syarat NIB"},
    "kegiatan_4": {},
    "kegiatan_5": {"Berkas analisis": True, "Bahan/data/informasi dari bidang": "Daftar syarat izin usaha mikro"},
    "kegiatan_6": {"Berkas pendukung": False, "Form Penerimaan Layanan": "Ditandatangani pelapor"},
}

def main():
    cases = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    folder = sys.argv[2] if len(sys.argv) > 2 else "/tmp/spiff-bench"
    mode = sys.argv[3] if len(sys.argv) > 3 else "step"
    os.makedirs(folder, exist_ok=True)
    parser = BpmnParser()
    parser.add_bpmn_file(os.path.join(HERE, "sop01.bpmn"))
    spec = parser.get_spec("pengaduan_langsung")
    serializer = BpmnWorkflowSerializer()
    steps = writes = 0

    def save(workflow, path):
        nonlocal writes
        with open(path + ".tmp", "w") as handle:
            handle.write(serializer.serialize_json(workflow))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(path + ".tmp", path)
        writes += 1

    start = time.perf_counter()
    for number in range(cases):
        workflow = BpmnWorkflow(spec)
        workflow.do_engine_steps()
        path = os.path.join(folder, f"case-{number}.json")
        if mode == "answer":
            save(workflow, path)
        while not workflow.is_completed():
            ready = workflow.get_tasks(state=TaskState.READY, manual=True)
            if not ready:
                break
            task = ready[0]
            for key, value in ANSWERS[task.task_spec.name].items():
                task.data[key] = value
                if mode == "answer":
                    save(workflow, path)
            task.run()
            workflow.do_engine_steps()
            save(workflow, path)
            steps += 1
    elapsed = time.perf_counter() - start
    print(json.dumps({"runner": f"SpiffWorkflow ({mode})", "cases": cases, "steps": steps, "durable_writes": writes,
                      "seconds": elapsed, "cases_per_second": cases / elapsed,
                      "ms_per_write": elapsed / writes * 1000}))

if __name__ == "__main__":
    main()
