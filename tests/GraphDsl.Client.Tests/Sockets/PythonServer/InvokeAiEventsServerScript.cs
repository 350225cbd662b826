namespace GraphDsl.Client.Tests.Sockets.PythonServer;

/// <summary>
/// <c>invokeai_events_server.py</c>: python-socketio's <c>AsyncServer</c> under uvicorn, mounted as InvokeAI mounts it,
/// that checks the <c>auth</c> token and replays one recorded item's event sequence to the <c>subscribe_queue</c> room.
/// </summary>
internal static class InvokeAiEventsServerScript
{
    /// <summary>The file name the script is written under (in a per-test temp folder).</summary>
    public const string FileName = "invokeai_events_server.py";

    /// <summary>
    /// Arguments: <c>serve PORT TOKEN IMAGE_BYTES</c> prints <c>ready</c> once listening on 127.0.0.1:PORT;
    /// <c>dump IMAGE_BYTES</c> prints the sequence as one JSON line <c>[[name, payload], …]</c> and exits.
    /// The progress image's data URL is <c>data:image/jpeg;base64,</c> + base64 of bytes <c>i % 256</c>, i &lt; IMAGE_BYTES.
    /// </summary>
    public const string Source = """
        import base64, json, sys

        QUEUE_ID = "default"
        ITEM_ID = 42
        BATCH_ID = "5f3a2c1e-8d4b-4e6f-9a7c-0b1d2e3f4a5b"
        SESSION_ID = "c0ffee00-1234-4abc-9def-0123456789ab"
        PREPARED_ID = "8e2f9a6b-3c1d-4f5e-a7b8-c9d0e1f2a3b4"
        SOURCE_ID = "add_1"


        def image_data_url(image_bytes):
            raw = bytes(i % 256 for i in range(image_bytes))
            return "data:image/jpeg;base64," + base64.b64encode(raw).decode("ascii")


        def batch_status(pending, in_progress, completed):
            return {"queue_id": QUEUE_ID, "batch_id": BATCH_ID, "origin": "graphdsl", "destination": None,
                    "pending": pending, "in_progress": in_progress, "waiting": 0, "completed": completed,
                    "failed": 0, "canceled": 0, "total": 1}


        def queue_status(pending, in_progress, completed):
            return {"queue_id": QUEUE_ID, "item_id": ITEM_ID, "batch_id": BATCH_ID, "session_id": SESSION_ID,
                    "pending": pending, "in_progress": in_progress, "waiting": 0, "completed": completed,
                    "failed": 0, "canceled": 0, "total": 1, "user_pending": pending, "user_in_progress": in_progress}


        def status_changed(timestamp, status, sequence, updated_at, completed_at, counts):
            return {"timestamp": timestamp, "queue_id": QUEUE_ID, "item_id": ITEM_ID, "batch_id": BATCH_ID,
                    "origin": "graphdsl", "destination": None, "user_id": "system", "session_id": SESSION_ID,
                    "status": status, "status_sequence": sequence,
                    "error_type": None, "error_message": None, "error_traceback": None,
                    "created_at": "2025-06-01 12:00:00.000", "updated_at": updated_at,
                    "started_at": "2025-06-01 12:00:01.000", "completed_at": completed_at,
                    "batch_status": batch_status(*counts), "queue_status": queue_status(*counts)}


        def invocation_base(timestamp):
            return {"timestamp": timestamp, "queue_id": QUEUE_ID, "item_id": ITEM_ID, "batch_id": BATCH_ID,
                    "origin": "graphdsl", "destination": None, "user_id": "system", "session_id": SESSION_ID,
                    "invocation": {"id": PREPARED_ID, "type": "add", "a": 2, "b": 3,
                                   "is_intermediate": False, "use_cache": True},
                    "invocation_source_id": SOURCE_ID}


        def sequence(image_bytes):
            progress = invocation_base(1748779262)
            progress.update({"message": "Step 1/2", "percentage": 0.5, "device": "cpu",
                             "image": {"width": 512, "height": 384, "dataURL": image_data_url(image_bytes)}})
            complete = invocation_base(1748779263)
            complete["result"] = {"type": "integer_output", "value": 5}
            return [
                ["queue_item_status_changed", status_changed(
                    1748779261, "in_progress", 1, "2025-06-01 12:00:01.000", None, (0, 1, 0))],
                ["invocation_started", invocation_base(1748779261)],
                ["invocation_progress", progress],
                ["invocation_complete", complete],
                ["queue_item_status_changed", status_changed(
                    1748779263, "completed", 2, "2025-06-01 12:00:03.000", "2025-06-01 12:00:03.000", (0, 0, 1))],
            ]


        def serve(port, token, image_bytes):
            import socketio
            import uvicorn

            sio = socketio.AsyncServer(async_mode="asgi", cors_allowed_origins="*")
            app = socketio.ASGIApp(sio, socketio_path="/ws/socket.io")
            events = sequence(image_bytes)

            @sio.event
            async def connect(sid, environ, auth):
                if auth != {"token": token}:
                    return False

            @sio.on("subscribe_queue")
            async def subscribe_queue(sid, data):
                if data != {"queue_id": QUEUE_ID}:
                    return
                sio.enter_room(sid, QUEUE_ID)
                for name, payload in events:
                    await sio.emit(name, payload, room=QUEUE_ID)

            class ReadyServer(uvicorn.Server):
                async def startup(self, sockets=None):
                    await super().startup(sockets=sockets)
                    if not self.should_exit:
                        print("ready", flush=True)

            config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off", ws="wsproto")
            ReadyServer(config).run()


        if __name__ == "__main__":
            if sys.argv[1] == "dump":
                print(json.dumps(sequence(int(sys.argv[2]))), flush=True)
            else:
                serve(int(sys.argv[2]), sys.argv[3], int(sys.argv[4]))
        """;
}
